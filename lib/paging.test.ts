import { describe, expect, it } from 'vitest';
import { LIST_PAGE_SIZE, laterPagePaths, listPage, ownerPage, pageCount, pageOfPath, pagedPaths } from './paging';

const categories = ['payments', 'refunds', 'capture', 'cancel', 'settlements'];

describe('listPage', () => {
  it('cuts a list into pages of `size`, the last one shorter, each knowing where it starts', () => {
    expect([1, 2, 3].map((page) => listPage(categories, page, 2))).toEqual([
      { items: ['payments', 'refunds'], page: 1, pages: 3, first: 0 },
      { items: ['capture', 'cancel'], page: 2, pages: 3, first: 2 },
      { items: ['settlements'], page: 3, pages: 3, first: 4 },
    ]);
  });

  it('has no page before the first, past the last, or between two', () => {
    for (const page of [0, -1, 4, 1.5, NaN]) expect(listPage(categories, page, 2)).toBeUndefined();
  });

  it('gives a list that fits, or an empty one, its one page', () => {
    expect(listPage(categories, 1, 5)).toEqual({ items: categories, page: 1, pages: 1, first: 0 });
    expect(listPage([], 1, 5)).toEqual({ items: [], page: 1, pages: 1, first: 0 });
    expect(pageCount(0, 5)).toBe(1);
    expect(pageCount(6, 5)).toBe(2);
  });
});

describe('pageOfPath', () => {
  it.each([
    [[], 1],
    [['page', '2'], 2],
    [['page', '12'], 12],
    [['page', '1'], NaN],
    [['page', '02'], NaN],
    [['page', 'two'], NaN],
    [['page'], NaN],
    [['page', '2', 'more'], NaN],
    [['other', '2'], NaN],
  ])('%j is page %d', (segments, page) => {
    expect(pageOfPath(segments)).toBe(page);
  });

  it('names every page after the first, so an export writes them', () => {
    expect(laterPagePaths(5, 2)).toEqual([['page', '2'], ['page', '3']]);
    expect(laterPagePaths(2, 2)).toEqual([]);
  });
});

describe('a route of pages that each own a list', () => {
  const owners = [
    { id: 'short', items: ['a', 'b'] },
    { id: 'long', items: Array.from({ length: LIST_PAGE_SIZE * 2 + 1 }, (_, i) => `q${i}`) },
  ];
  const find = (id: string) => owners.find((owner) => owner.id === id);

  it('has each owner’s first page and its later pages as paths', () => {
    expect(pagedPaths(owners)).toEqual([{ path: ['short'] }, { path: ['long'] }, { path: ['long', 'page', '2'] }, { path: ['long', 'page', '3'] }]);
  });

  it('reads a path as its owner and the page of its list, and nothing else', () => {
    expect(ownerPage(['long', 'page', '3'], find, (owner) => owner.items)).toEqual({ owner: owners[1], list: { items: [`q${LIST_PAGE_SIZE * 2}`], page: 3, pages: 3, first: LIST_PAGE_SIZE * 2 } });
    expect(ownerPage(['short'], find, (owner) => owner.items)?.list.items).toEqual(['a', 'b']);
    for (const path of [['short', 'page', '2'], ['long', 'page', '4'], ['long', 'page', '1'], ['missing'], []]) expect(ownerPage(path, find, (owner) => owner.items)).toBeUndefined();
  });
});
