/**
 * The search combobox's behaviour as plain functions of its state, shared by
 * the app's `SearchBox` (components/search-box.tsx) and the embeddable
 * `<faq-search>` (embed/faq-search-element.ts), so both behave alike and the
 * tested rules are the ones that run.
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
