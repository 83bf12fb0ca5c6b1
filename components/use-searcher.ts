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
 * someone searches. A failed load is forgotten, so `retry` tries again.
 */
export function loadSearcher(): Promise<Searcher> {
  shared ??= (async () => {
    const [response, { createSearcher }] = await Promise.all([fetch(withBasePath('/search-index.json')), import('@/lib/search/client')]);
    if (!response.ok) throw new Error(`The search index could not be loaded (HTTP ${response.status}).`);
    return createSearcher(await response.json());
  })().catch((error: unknown) => {
    shared = null;
    throw error instanceof Error ? error : new Error(String(error));
  });
  return shared;
}

/**
 * The searcher for a component. `eager` loads at once; otherwise call `load`
 * (on focus) or let the idle callback start it.
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
  return { state, load };
}
