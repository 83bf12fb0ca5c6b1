/**
 * The browser's entry to search: `createSearcher`, `openSearcher` and the result types, without
 * the build-time parts. Importing `@/lib/search` instead also pulls the YAML parser used by
 * `parseSynonyms` (about 10 KB gzipped) into the client bundle.
 */
import { createSearcher, type SearcherOptions } from './searcher';
import type { ShardLoader } from './shard-source';
import type { SearchCoreData, SearchIndexData, Searcher } from './types';

export { createSearcher, type SearcherOptions };
export type { RankingWeights } from './ranking-weights';
export type { ShardLoader } from './shard-source';
export type { SearchCoreData, SearchIndexData, SearchOptions, SearchResponse, SearchResult, Searcher } from './types';
export type { Expansion, QueryReading } from './reading';

/**
 * A searcher for `/search-index.json` as fetched: a whole index, or the core of a split one, whose
 * shards `loadShard` fetches (by path relative to the index file) as searches need them. The code
 * that reads shards is a chunk of its own, fetched only for a split index.
 */
export async function openSearcher(index: SearchIndexData | SearchCoreData, loadShard: ShardLoader, options?: SearcherOptions): Promise<Searcher> {
  const searcher = 'shards' in index ? createSearcher((await import('./shard-source')).openShards(index, loadShard), options) : createSearcher(index, options);
  // A page's first search compiles the patterns that read a query (question forms, pasted logs, error codes) and
  // the code that ranks, some 15 ms on a slow machine: search once now, while search loads, not on the first
  // keystroke. With shards it fetches nothing: a search that is not `searchAsync` only reads what is loaded.
  searcher.search(WARM_UP);
  return searcher;
}

const WARM_UP = 'how long does error 401 take to refund';
