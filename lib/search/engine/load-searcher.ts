/**
 * Loads the searcher once per page, for every search box on it: the app's own boxes and the embeddable
 * widget. Fetches `search-index.json` and the search code together, checks the index, and opens it with
 * a loader for its shards (a large FAQ's index comes in parts). A failed load is forgotten, so the next
 * call tries again. Only types come from the engine: the code itself is what `importCode` brings.
 */
import type { openSearcher } from './client';
import { readSearchIndex } from './read-index';
import type { Searcher } from './types';

/** Where a searcher's files come from: the app fetches its own site's, the widget those of the FAQ site it was loaded from. */
export interface SearcherFiles {
  /** The parsed JSON of a file of the index, by its path beside `search-index.json`; rejects with a message that says what to fix. */
  fetchJson(path: string): Promise<unknown>;
  /** The search code: the app imports it as a chunk of its own, the widget from the FAQ site. */
  importCode(): Promise<{ openSearcher: typeof openSearcher }>;
  /** What to do when the index is not one this code can read, e.g. "Reload the page." */
  mismatch: string;
}

/** A searcher and the categories of the index it searches. */
export interface OpenedSearch {
  searcher: Searcher;
  categories: [id: string, title: string][];
}

/** The file every search starts from. */
export const INDEX_FILE = 'search-index.json';

/** A loader of one page's searcher: the first call loads it, later calls share it; after a failure the next call tries again. */
export function createSearcherLoader(files: SearcherFiles): () => Promise<OpenedSearch> {
  let shared: Promise<OpenedSearch> | undefined;
  return () =>
    (shared ??= open(files).catch((error: unknown) => {
      shared = undefined;
      throw error instanceof Error ? error : new Error(String(error));
    }));
}

async function open(files: SearcherFiles): Promise<OpenedSearch> {
  const [json, code] = await Promise.all([files.fetchJson(INDEX_FILE), files.importCode()]);
  const index = readSearchIndex(json);
  if (index.type === 'invalid') throw new Error(`The search index cannot be used: ${index.problem}. ${files.mismatch}`);
  let searcher: Searcher;
  try {
    searcher = await code.openSearcher(index.data, (path) => files.fetchJson(path));
  } catch (error) {
    throw new Error(`The search index cannot be read (${error instanceof Error ? error.message : String(error)}). ${files.mismatch}`);
  }
  return { searcher, categories: index.categories };
}
