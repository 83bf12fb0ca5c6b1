/**
 * The combobox's behaviour as plain functions of its state, so the element
 * only applies them to the DOM. Same rules as the app's `SearchBox`
 * (components/search-box.tsx).
 */

/** Where the searcher is: not asked for yet, on its way, usable, or failed (retry possible). */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * The active option after an arrow key: wraps at both ends; -1 (none
 * active) when there are no options.
 */
export function moveActive(active: number, count: number, direction: 1 | -1): number {
  if (count <= 0) return -1;
  if (direction === 1) return (active + 1) % count;
  return active <= 0 ? count - 1 : active - 1;
}

/** What the polite live region announces for the current query. */
export function describeStatus(status: LoadStatus, query: string, count: number): string {
  if (!query.trim()) return '';
  if (status === 'error') return 'Search could not be loaded.';
  if (status !== 'ready') return 'Loading search.';
  return count === 0 ? 'No results.' : `${count} result${count === 1 ? '' : 's'} available.`;
}

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
