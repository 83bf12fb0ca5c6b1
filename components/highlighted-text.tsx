import { Fragment } from 'react';
import { splitHighlights } from '@/lib/highlight';

/** Text with `[start, end)` ranges wrapped in `<mark>`; rendered as text nodes, never as HTML. */
export function HighlightedText({ text, ranges }: { text: string; ranges: [number, number][] }) {
  return (
    <>
      {splitHighlights(text, ranges).map((run, i) => (run.marked ? <mark key={i}>{run.text}</mark> : <Fragment key={i}>{run.text}</Fragment>))}
    </>
  );
}
