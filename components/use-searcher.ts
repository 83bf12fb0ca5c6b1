'use client';

import { useCallback, useEffect, useState } from 'react';
import { withBasePath } from '@/lib/base-path';
import type { Searcher } from '@/lib/search/engine/client';
import { createSearcherLoader } from '@/lib/search/engine/load-searcher';

export type SearcherState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; searcher: Searcher }
  | { status: 'error'; message: string };

/**
 * The page's searcher, shared by every search box on it: the index and the search code are fetched
 * on first use (the code is a chunk of its own, so pages pay for it only when someone searches). For a
 * large FAQ the index is a core, and `searchAsync` fetches the shards a query needs.
 */
const load = createSearcherLoader({
  async fetchJson(path) {
    const response = await fetch(withBasePath(`/${path}`));
    // Shards are named after their build: one that is gone belongs to a build replaced since the page loaded.
    if (response.status === 404 && path !== 'search-index.json') throw new Error('The FAQ has been updated since this page was loaded; reload the page to search it.');
    if (!response.ok) throw new Error(`${path === 'search-index.json' ? 'The search index' : 'Part of the search index'} could not be loaded (HTTP ${response.status}).`);
    return response.json();
  },
  importCode: () => import('@/lib/search/engine/client'),
  mismatch: 'Reload the page to search the FAQ as it is now.',
});

export function loadSearcher(): Promise<Searcher> {
  return load().then(({ searcher }) => searcher);
}

/**
 * The searcher for a component. `eager` loads at once (a page that searches as it opens); otherwise
 * nothing is fetched until `load` is called, on the box's focus: a phone that opens an answer and never
 * searches does not pay for parsing the index and the search code while the page is settling.
 * `fail` reports a search that could not fetch the shards it needs like a failed load, so "Try again"
 * (`load`) makes the component search again.
 */
export function useSearcher({ eager = false }: { eager?: boolean } = {}) {
  const [state, setState] = useState<SearcherState>({ status: 'idle' });
  const load = useCallback(() => {
    setState((current) => (current.status === 'ready' || current.status === 'loading' ? current : { status: 'loading' }));
    loadSearcher().then(
      (searcher) => setState({ status: 'ready', searcher }),
      (error: Error) => setState({ status: 'error', message: error.message }),
    );
  }, []);
  useEffect(() => {
    if (eager) load();
  }, [eager, load]);
  const fail = useCallback((error: unknown) => setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }), []);
  return { state, load, fail };
}
