/**
 * Client-side search over the question graph. `buildSearchIndex` runs at build
 * time (the static route `app/search-index.json`) and its JSON is shipped with the site, as one file or,
 * for a large FAQ, split by `splitSearchIndex` into a core and shards; the browser fetches it and calls
 * `createSearcher` (`openSearcher` in `client.ts` for either). Node-only helpers live in `load-synonyms.ts`,
 * `load-search-index.ts` and `search-files.ts`.
 */
export { buildSearchIndex } from './build-index';
export { DEFAULT_RANKING_WEIGHTS, type RankingWeights } from './ranking-weights';
export { createSearcher, type SearcherOptions } from './searcher';
export { openShards, type ShardLoader } from './shard-source';
export { splitSearchIndex, type SearchFiles, type SplitOptions } from './split-index';
export { parseSynonyms } from './synonyms';
export type { SearchCoreData, SearchIndexData, SearchOptions, SearchResult, Searcher, SynonymGlossary } from './types';
