import { describe, expect, it } from 'vitest';
import { buildMapColours } from './colours';
import { MAP_PALETTE } from './palette';
import { largeTestGraph, testGraph, threeFaqsGraph } from './test-graph';

describe('buildMapColours', () => {
  it('gives each category of a single FAQ a hue of its own, in graph order', () => {
    const colours = buildMapColours(testGraph());
    expect(colours.byDocument).toBe(false);
    expect([...colours.categories]).toEqual([
      ['payments', { hue: 0, shade: 0 }],
      ['refunds', { hue: 1, shade: 0 }],
    ]);
    expect(colours.documents.size).toBe(0);
  });

  it('wraps around past the last hue', () => {
    const colours = buildMapColours(largeTestGraph({ questions: 120, categories: MAP_PALETTE.length + 2 }));
    expect(colours.categories.get('category-10')).toEqual({ hue: 0, shade: 0 });
    expect(colours.categories.get('category-11')).toEqual({ hue: 1, shade: 0 });
  });

  it('gives each FAQ of several a hue, and its categories that hue’s shades in turn', () => {
    const colours = buildMapColours(threeFaqsGraph());
    expect(colours.byDocument).toBe(true);
    expect([...colours.documents]).toEqual([
      ['payments', 0],
      ['refunds', 1],
      ['sync', 2],
    ]);
    expect([...colours.categories]).toEqual([
      ['capture', { hue: 0, shade: 0 }],
      ['cancel', { hue: 0, shade: 1 }],
      ['refunds', { hue: 1, shade: 0 }],
      ['sync-tool-faq', { hue: 2, shade: 0 }],
    ]);
  });
});
