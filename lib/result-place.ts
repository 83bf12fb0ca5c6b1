import type { SearchResult } from '@/lib/search/engine/client';

/**
 * Where a result is, as its meta line says it: the category, after the FAQ document's title when the
 * index holds several documents (`Recurring API FAQ › Charges`). Shared by the app's result lists and the
 * embeddable widget.
 */
export function describePlace(result: Pick<SearchResult, 'categoryTitle' | 'documentTitle'>): string {
  return result.documentTitle ? `${result.documentTitle} › ${result.categoryTitle}` : result.categoryTitle;
}
