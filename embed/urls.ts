import { resultHref } from '@/lib/result-href';
import type { SearchResult } from '@/lib/search/engine/client';

/**
 * The FAQ site's root (origin plus base path, ending in `/`) from the URL
 * embed.js was loaded from: `https://faq.example/docs/embed.js?v=2` →
 * `https://faq.example/docs/`. Everything the widget loads or links to is
 * resolved against it, so it works under a base path and from any host page.
 * `undefined` when `scriptSrc` is not an http(s) URL.
 */
export function faqRootFrom(scriptSrc: string): string | undefined {
  let url: URL;
  try {
    url = new URL(scriptSrc);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  return new URL('./', url).href;
}

/** Absolute URL of a file or page of the FAQ site (`search-index.json`, `q/x/`). */
export function faqUrl(root: string, path: string): string {
  return new URL(path.replace(/^\/+/, ''), root).href;
}

/** Absolute link to a result's question page, with the same `?hl=` and `#step-N` the app's search box uses. */
export function questionHref(root: string, result: Pick<SearchResult, 'url' | 'terms' | 'step'>): string {
  return faqUrl(root, resultHref(result));
}

/** Absolute link to the FAQ site's full results page for `query`. */
export function searchPageHref(root: string, query: string): string {
  return faqUrl(root, `search/?q=${encodeURIComponent(query.trim())}`);
}
