import { describe, expect, it } from 'vitest';
import { chooseMapScale, FULL_MAP_LIMIT } from './scale';
import { largeTestGraph, testGraph } from './test-graph';

describe('chooseMapScale', () => {
  it.each([
    ['the test FAQ', testGraph(), 'questions'],
    [`${FULL_MAP_LIMIT} questions`, largeTestGraph({ questions: FULL_MAP_LIMIT, categories: 6 }), 'questions'],
    [`${FULL_MAP_LIMIT + 1} questions`, largeTestGraph({ questions: FULL_MAP_LIMIT + 1, categories: 6 }), 'categories'],
  ] as const)('draws %s as %s', (_, graph, scale) => {
    expect(chooseMapScale(graph)).toBe(scale);
  });

  it('takes another limit', () => {
    expect(chooseMapScale(testGraph(), 4)).toBe('categories');
    expect(chooseMapScale(testGraph(), 5)).toBe('questions');
  });

  it('draws the questions of a site with one category, however many (there is no smaller map to offer)', () => {
    expect(chooseMapScale(largeTestGraph({ questions: 12, categories: 1 }), 4)).toBe('questions');
  });
});
