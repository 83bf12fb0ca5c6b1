import type { SearchResult } from '@/lib/search/engine/client';

/** Most terms a result link carries for highlighting. */
const MAX_HIGHLIGHTS = 8;

/**
 * Where a search result leads: the question page, with what to mark there as one `?hl=` per phrase or
 * word (`?hl=charged+twice&hl=refund`), and the matched checklist step as the fragment. Site-relative,
 * without the base path.
 */
export function resultHref(result: Pick<SearchResult, 'url' | 'terms' | 'step'>): string {
  const params = new URLSearchParams(result.terms.slice(0, MAX_HIGHLIGHTS).map((term) => ['hl', term]));
  const query = params.size > 0 ? `?${params.toString()}` : '';
  return `${result.url}${query}${result.step ? `#${result.step}` : ''}`;
}
