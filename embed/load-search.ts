import { createSearcherLoader, type OpenedSearch } from '@/lib/search/engine/load-searcher';
import type * as SearchModule from './embed-search';
import { faqUrl } from './urls';

/**
 * Path of the search code next to embed.js, with a content hash so a cached
 * embed.js never runs against another build's search code. Set by
 * scripts/build-embed.ts.
 */
declare const __FAQ_SEARCH_MODULE__: string;

/** The searcher and the categories of the index it searches. */
export type LoadedSearch = OpenedSearch;

let load: (() => Promise<OpenedSearch>) | undefined;

/**
 * Fetches the index and imports the search code from the FAQ site, once per
 * page for every `<faq-search>`; for a large FAQ the index is a core, and its
 * shards are fetched from beside it as searches need them. A failure is
 * reported on the console with what to fix and then forgotten, so the next
 * call retries.
 */
export function loadSearch(root: string): Promise<LoadedSearch> {
  const origin = new URL(root).origin;
  load ??= createSearcherLoader({
    fetchJson: (path) => fetchIndex(faqUrl(root, path), origin),
    importCode: () => importSearchCode(faqUrl(root, __FAQ_SEARCH_MODULE__), origin),
    mismatch: `Deploy embed.js and search-index.json from the same build of the FAQ site (${root}).`,
  });
  return load().catch((error: unknown) => {
    console.error(`[faq-search] ${error instanceof Error ? error.message : String(error)}`);
    throw error;
  });
}

async function fetchIndex(url: string, origin: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { mode: 'cors', credentials: 'omit' });
  } catch (error) {
    throw new Error(
      `Could not fetch ${url} (${reason(error)}). The FAQ site must send "Access-Control-Allow-Origin" for it, and this page's Content-Security-Policy must allow "connect-src ${origin}".`,
    );
  }
  if (!response.ok) throw new Error(`Could not load ${url}: HTTP ${response.status}. Check that the FAQ site is deployed with its search index next to embed.js.`);
  try {
    return await response.json();
  } catch {
    throw new Error(`${url} is not JSON. Check that the FAQ site serves its search index at that address.`);
  }
}

async function importSearchCode(url: string, origin: string): Promise<typeof SearchModule> {
  try {
    return (await import(/* @vite-ignore */ url)) as typeof SearchModule;
  } catch (error) {
    throw new Error(
      `Could not load the search code ${url} (${reason(error)}). The FAQ site must send "Access-Control-Allow-Origin" for it (it is a module script), and this page's Content-Security-Policy must allow "script-src ${origin}".`,
    );
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
