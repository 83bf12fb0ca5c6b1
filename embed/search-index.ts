/**
 * The parts of `search-index.json` the widget itself reads. The rest of the
 * file (the whole index, or a large FAQ's core) belongs to `openSearcher`
 * (lib/search), which is built from the same commit and served beside it, so
 * it is passed on unread.
 */

/** The index as fetched, checked as far as the widget relies on it. */
export type IndexReading =
  | { type: 'ok'; data: object; categories: [id: string, title: string][] }
  | { type: 'invalid'; problem: string };

/** Checks fetched JSON before it reaches the searcher: an object with a list of `[id, title]` categories. */
export function readSearchIndex(json: unknown): IndexReading {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { type: 'invalid', problem: 'it is not a JSON object' };
  }
  const categories = (json as { categories?: unknown }).categories;
  if (!Array.isArray(categories) || !categories.every(isCategory)) {
    return { type: 'invalid', problem: 'its "categories" is not a list of [id, title] pairs' };
  }
  return { type: 'ok', data: json, categories: categories.map(([id, title]) => [id, title]) };
}

function isCategory(value: unknown): value is [string, string] {
  return Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'string';
}
