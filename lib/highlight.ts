/**
 * Marking matched words: where a query's terms occur in a text, and the text
 * split into marked and unmarked runs. Shared by the app's React results and
 * the embeddable widget's DOM results; both insert the runs as text, never HTML.
 */

/** One run of a text: highlighted or not. */
export interface TextRun {
  text: string;
  marked: boolean;
}

/**
 * Splits `text` at `[start, end)` ranges (any order; overlapping or empty
 * ranges ignored) into runs, for building text nodes and `<mark>` elements.
 */
export function splitHighlights(text: string, ranges: readonly (readonly [number, number])[]): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at || end <= start || end > text.length) continue;
    if (start > at) runs.push({ text: text.slice(at, start), marked: false });
    runs.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), marked: false });
  return runs;
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
