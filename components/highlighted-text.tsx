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

/**
 * Why a result is listed when its title and answer hold none of the words searched for: the phrasing of
 * the question that matched (a troubleshooter option, a link's text), with those words marked.
 */
export function AskedAs({ asked, className }: { asked: { text: string; highlights: [number, number][] }; className?: string }) {
  return (
    <span className={className}>
      Also asked as “<HighlightedText text={asked.text} ranges={asked.highlights} />”
    </span>
  );
}
