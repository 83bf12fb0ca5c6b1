/**
 * Client-side search over the question graph. `buildSearchIndex` runs at build
 * time (the static route `app/search-index.json`) and its JSON is shipped with the site; the browser
 * fetches it and calls `createSearcher`. Node-only helpers live in `load-synonyms.ts`.
 */
export { buildSearchIndex } from './build-index';
export { DEFAULT_RANKING_WEIGHTS, type RankingWeights } from './ranking-weights';
export { createSearcher, type SearcherOptions } from './searcher';
export { parseSynonyms } from './synonyms';
export type { SearchIndexData, SearchOptions, SearchResult, Searcher, SynonymGlossary } from './types';
