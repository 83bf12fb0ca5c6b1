import type { SearchResult } from '@/lib/search/client';

/**
 * Where a search result leads: the question page, with the matched words in
 * `?hl=` (highlighted there) and the matched checklist step as the fragment.
 * Site-relative, without the base path.
 */
export function resultHref(result: Pick<SearchResult, 'url' | 'terms' | 'step'>): string {
  const params = result.terms.length ? `?hl=${encodeURIComponent(result.terms.slice(0, 8).join(' '))}` : '';
  return `${result.url}${params}${result.step ? `#${result.step}` : ''}`;
}
