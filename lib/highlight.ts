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

/**
 * A pattern for `terms` in folded text (see `fold`): each a word, or a phrase whose words stand apart by
 * any whitespace, matched as a word prefix (`refus` finds `refusjon`). Group 1 is what precedes a match,
 * group 2 the match. Terms shorter than two letters are left out; undefined when none is left.
 */
export function termPattern(terms: readonly string[], flags = 'gu'): RegExp | undefined {
  const alternatives = terms
    .map((term) => fold(term).trim().split(/\s+/).filter(Boolean))
    .filter((words) => words.join(' ').length >= 2)
    .sort((a, b) => b.join(' ').length - a.join(' ').length)
    .map((words) => words.map(escapeRegExp).join('\\s+'));
  if (alternatives.length === 0) return undefined;
  return new RegExp(`(^|[^\\p{L}\\p{N}])(${alternatives.join('|')})`, flags);
}

/** Ranges of `terms` (case- and accent-insensitive whole-word prefixes; phrases across any whitespace) in `text`. */
export function rangesOf(text: string, terms: string[]): [number, number][] {
  const pattern = termPattern(terms);
  if (!pattern) return [];
  const ranges: [number, number][] = [];
  for (const match of fold(text).matchAll(pattern)) {
    const start = match.index + match[1]!.length;
    ranges.push([start, start + match[2]!.length]);
  }
  return ranges;
}

/** A text as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
