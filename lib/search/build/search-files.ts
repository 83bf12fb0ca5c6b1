import { gzipSync } from 'node:zlib';
import { splitSearchIndex, type SearchFiles, type SplitOptions } from './split-index';
import type { SearchIndexData } from '../engine/types';

/**
 * Node only. An index is served as one file while that file is at most this many bytes gzipped:
 * fetched once, it answers every query at once. The eCom FAQ's is about 35 KB; past this, a first
 * search fetches less from a core and the shards its query needs (`split-index.ts`).
 */
export const SPLIT_ABOVE_BYTES = 100 * 1024;

export interface SearchFilesOptions extends SplitOptions {
  /**
   * Gzipped size of the whole index above which it is split; 0 splits any index.
   * @defaultValue the environment's `FAQ_SEARCH_SPLIT_ABOVE` (to try the split index on small content), else `SPLIT_ABOVE_BYTES`
   */
  splitAbove?: number;
}

/** The files search is served as: the whole index while it is small, else its core and shards. */
export function buildSearchFiles(data: SearchIndexData, options: SearchFilesOptions = {}): SearchFiles {
  const fromEnvironment = process.env.FAQ_SEARCH_SPLIT_ABOVE ? Number(process.env.FAQ_SEARCH_SPLIT_ABOVE) : undefined;
  const splitAbove = options.splitAbove ?? fromEnvironment ?? SPLIT_ABOVE_BYTES;
  if (gzipSync(JSON.stringify(data)).length <= splitAbove) return { index: data, shards: new Map() };
  return splitSearchIndex(data, options);
}
