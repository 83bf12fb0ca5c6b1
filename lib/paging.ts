/**
 * Long lists a page at a time: a category's questions (`/c/<id>/page/<n>/`), a document's categories
 * (`/d/<id>/page/<n>/`) and the map's list of categories (`/map/page/<n>/`), so no listing page grows
 * past about 100 KB gzipped however large the content (`npm run bench:scale`).
 */

/**
 * Entries per page of a listing. A page of 200 category cards or map entries is some 20 KB gzipped,
 * 200 questions with their summaries some 40 KB. `FAQ_LIST_PAGE_SIZE` sets another, to see paging on
 * small content (the end-to-end build of a team's own FAQ pages it by 1).
 * @defaultValue 200
 */
export const LIST_PAGE_SIZE = positive(process.env.FAQ_LIST_PAGE_SIZE) ?? 200;

/** One page of a list: its entries, which page it is (from 1), of how many, and the list index of its first entry. */
export interface ListPage<T> {
  items: T[];
  page: number;
  pages: number;
  first: number;
}

/** How many pages a list of `total` entries takes: one at least, so an empty list still has its page. */
export function pageCount(total: number, size: number = LIST_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** Page `page` of a list; undefined for a page it does not have. */
export function listPage<T>(items: readonly T[], page: number, size: number = LIST_PAGE_SIZE): ListPage<T> | undefined {
  const pages = pageCount(items.length, size);
  if (!Number.isInteger(page) || page < 1 || page > pages) return undefined;
  const first = (page - 1) * size;
  return { items: items.slice(first, first + size), page, pages, first };
}

/**
 * The page a route's path segments after the list's own name ask for: none is page 1, `page/<n>` is
 * page n (from 2: page 1 has no such path); anything else is NaN, which no list has.
 */
export function pageOfPath(segments: readonly string[]): number {
  if (segments.length === 0) return 1;
  const [word, n] = segments;
  return segments.length === 2 && word === 'page' && /^[1-9]\d*$/.test(n!) && Number(n) > 1 ? Number(n) : NaN;
}

/** Path segments of each page after the first, for `generateStaticParams`. */
export function laterPagePaths(total: number, size: number = LIST_PAGE_SIZE): string[][] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, i) => ['page', String(i + 2)]);
}

/**
 * The paths of a route of pages that each own a list (`/c/<id>/`, `/d/<id>/`): each owner's first page
 * and its later pages, as `generateStaticParams` gives them to a `[...path]` route.
 */
export function pagedPaths(owners: readonly { id: string; items: readonly unknown[] }[]): { path: string[] }[] {
  return owners.flatMap(({ id, items }) => [{ path: [id] }, ...laterPagePaths(items.length).map((page) => ({ path: [id, ...page] }))]);
}

/** The owner a `[...path]` route's path names (by `find`) and the page of its list (`itemsOf`) it asks for; undefined for any other path. */
export function ownerPage<T>(path: readonly string[], find: (id: string) => T | undefined, itemsOf: (owner: T) => readonly string[]): { owner: T; list: ListPage<string> } | undefined {
  const [id = '', ...rest] = path;
  const owner = find(id);
  const list = owner && listPage(itemsOf(owner), pageOfPath(rest));
  return owner && list ? { owner, list } : undefined;
}

function positive(value: string | undefined): number | undefined {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? n : undefined;
}
