/**
 * `search-index.json` as fetched, checked before the searcher reads it: it comes off the network, from a
 * build that may not be this code's (a cached page, a widget on another site), so a wrong file gets a
 * message saying what to deploy instead of a failure deep inside the searcher.
 */
import type { SearchCoreData, SearchIndexData } from './types';

/** The index as fetched, checked as far as the code that opens it relies on. */
export type IndexReading =
  | { type: 'ok'; data: SearchIndexData | SearchCoreData; categories: [id: string, title: string][] }
  | { type: 'invalid'; problem: string };

/** Checks fetched JSON: an object with a list of `[id, title]` categories and either its questions or its shard table. */
export function readSearchIndex(json: unknown): IndexReading {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { type: 'invalid', problem: 'it is not a JSON object' };
  }
  const { categories, questions, shards } = json as { categories?: unknown; questions?: unknown; shards?: { version?: unknown } };
  if (!Array.isArray(categories) || !categories.every(isCategory)) {
    return { type: 'invalid', problem: 'its "categories" is not a list of [id, title] pairs' };
  }
  if (!Array.isArray(questions) && typeof shards?.version !== 'string') {
    return { type: 'invalid', problem: 'it has neither "questions" (a whole index) nor "shards" (the core of a split one)' };
  }
  return { type: 'ok', data: json as SearchIndexData | SearchCoreData, categories: categories.map(([id, title]) => [id, title]) };
}

function isCategory(value: unknown): value is [string, string] {
  return Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'string';
}
