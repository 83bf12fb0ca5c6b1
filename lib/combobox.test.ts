import { describe, expect, it } from 'vitest';
import { describeStatus, moveActive } from './combobox';

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
