'use client';

import { useCallback, useEffect, useState } from 'react';
import { withBasePath } from '@/lib/base-path';
import type { Searcher } from '@/lib/search/client';

export type SearcherState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; searcher: Searcher }
  | { status: 'error'; message: string };

let shared: Promise<Searcher> | null = null;

/**
 * Fetches the search index and the search code once per page, shared by every
 * search box. The code is a separate chunk, so pages pay for it only when
 * someone searches. A failed load is forgotten, so `retry` tries again. For a
 * large FAQ the index is a core, and `searchAsync` fetches the shards a query needs.
 */
export function loadSearcher(): Promise<Searcher> {
  shared ??= (async () => {
    const [response, { openSearcher }] = await Promise.all([fetch(withBasePath('/search-index.json')), import('@/lib/search/client')]);
    if (!response.ok) throw new Error(`The search index could not be loaded (HTTP ${response.status}).`);
    return openSearcher(await response.json(), loadShard);
  })().catch((error: unknown) => {
    shared = null;
    throw error instanceof Error ? error : new Error(String(error));
  });
  return shared;
}

async function loadShard(path: string): Promise<unknown> {
  const response = await fetch(withBasePath(`/${path}`));
  // Shards are named after their build: one that is gone belongs to a build replaced since the page loaded.
  if (response.status === 404) throw new Error('The FAQ has been updated since this page was loaded; reload the page to search it.');
  if (!response.ok) throw new Error(`Part of the search index could not be loaded (HTTP ${response.status}).`);
  return response.json();
}

/**
 * The searcher for a component. `eager` loads at once; otherwise call `load`
 * (on focus) or let the idle callback start it. `fail` reports a search that
 * could not fetch the shards it needs like a failed load, so "Try again"
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
    if (eager) {
      load();
      return;
    }
    if (!('requestIdleCallback' in window)) return;
    const handle = window.requestIdleCallback(() => load(), { timeout: 4000 });
    return () => window.cancelIdleCallback(handle);
  }, [eager, load]);
  const fail = useCallback((error: unknown) => setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }), []);
  return { state, load, fail };
}
