/** Text with `[start, end)` ranges wrapped in `<mark>`; rendered as text nodes, never as HTML. */
export function HighlightedText({ text, ranges }: { text: string; ranges: [number, number][] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at || end <= start) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

/** Ranges of `terms` (case- and accent-insensitive whole-word prefixes) in `text`. */
export function rangesOf(text: string, terms: string[]): [number, number][] {
  const folded = fold(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    const needle = fold(term);
    if (needle.length < 2) continue;
    for (let i = folded.indexOf(needle); i >= 0; i = folded.indexOf(needle, i + needle.length)) {
      const before = i === 0 ? '' : folded[i - 1]!;
      if (!/[\p{L}\p{N}]/u.test(before)) ranges.push([i, i + needle.length]);
    }
  }
  return ranges;
}

/** Lower case without diacritics, one UTF-16 unit per input unit so offsets stay valid. */
export function fold(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) {
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    out += base.length === ch.length ? base : ch;
  }
  return out;
}
