import { describe, expect, it } from 'vitest';
import { describeStatus, moveActive, splitHighlights } from './combobox';

describe('moveActive', () => {
  it.each([
    [-1, 3, 1, 0],
    [0, 3, 1, 1],
    [2, 3, 1, 0],
    [-1, 3, -1, 2],
    [0, 3, -1, 2],
    [2, 3, -1, 1],
    [-1, 0, 1, -1],
    [-1, 0, -1, -1],
  ] as const)('from %i of %i options, direction %i → %i', (active, count, direction, next) => {
    expect(moveActive(active, count, direction)).toBe(next);
  });
});

describe('describeStatus', () => {
  it.each([
    ['ready', '401', 3, '3 results available.'],
    ['ready', '401', 1, '1 result available.'],
    ['ready', 'zzz', 0, 'No results.'],
    ['loading', '401', 0, 'Loading search.'],
    ['error', '401', 0, 'Search could not be loaded.'],
    ['ready', '  ', 3, ''],
  ] as const)('%s, %j, %i → %j', (status, query, count, text) => expect(describeStatus(status, query, count)).toBe(text));
});

describe('splitHighlights', () => {
  it('marks the ranges, in any order', () => {
    expect(splitHighlights('HTTP 401 Unauthorized', [[9, 21], [5, 8]])).toEqual([
      { text: 'HTTP ', marked: false },
      { text: '401', marked: true },
      { text: ' ', marked: false },
      { text: 'Unauthorized', marked: true },
    ]);
  });

  it('skips overlapping, empty and out-of-range ranges', () => {
    expect(splitHighlights('abcdef', [[0, 3], [2, 4], [4, 4], [5, 99]])).toEqual([
      { text: 'abc', marked: true },
      { text: 'def', marked: false },
    ]);
  });

  it('keeps markup in the text as text', () => {
    expect(splitHighlights('<img src=x onerror=alert(1)>', [[1, 4]]).map((run) => run.text).join('')).toBe('<img src=x onerror=alert(1)>');
  });
});
