/**
 * The browser's entry to search: `createSearcher` and the result types, without
 * the build-time parts. Importing `@/lib/search` instead also pulls the YAML
 * parser used by `parseSynonyms` (about 10 KB gzipped) into the client bundle.
 */
export { createSearcher, type SearcherOptions } from './searcher';
export type { RankingWeights } from './ranking-weights';
export type { SearchIndexData, SearchOptions, SearchResult, Searcher } from './types';
