import { describe, expect, it } from 'vitest';
import { layoutCategoryMap, neighbourLabel } from './category-map';
import { chainedCategoriesGraph, testGraph } from './test-graph';
import { createMapInput } from './input';

describe('layoutCategoryMap', () => {
  it('draws the category’s questions, and the categories they link with either way as links to their maps', () => {
    const graph = chainedCategoriesGraph({ categories: 5, perCategory: 5 });
    // Category 2 links twice to category 3; category 1 links once to category 2.
    const map = layoutCategoryMap(createMapInput(graph), 'category-2')!;
    expect(map.nodes.map((node) => node.category)).toEqual(Array(5).fill('category-2'));
    expect(map.neighbours.map(({ id, links, mapUrl }) => ({ id, links, mapUrl })).sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: 'category-1', links: 1, mapUrl: '/map/category-1/' },
      { id: 'category-3', links: 2, mapUrl: '/map/category-3/' },
    ]);
    expect(map.exits.sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to))).toEqual([
      { from: 'c2-question-0', to: 'category-1' },
      { from: 'c2-question-0', to: 'category-3' },
      { from: 'c2-question-1', to: 'category-3' },
    ]);
    expect(map.documents).toEqual([]);
  });

  it('puts the neighbours in a column either side, outside the questions and inside the drawing', () => {
    const map = layoutCategoryMap(createMapInput(chainedCategoriesGraph({ categories: 5, perCategory: 5 })), 'category-2')!;
    const left = Math.min(...map.nodes.map((node) => node.x - node.r));
    const right = Math.max(...map.nodes.map((node) => node.x + node.r));
    const sides = map.neighbours.map((neighbour) => neighbour.labelSide).sort();
    expect(sides).toEqual(['left', 'right']);
    for (const neighbour of map.neighbours) {
      if (neighbour.labelSide === 'left') expect(neighbour.x + neighbour.r).toBeLessThan(left);
      else expect(neighbour.x - neighbour.r).toBeGreaterThan(right);
      expect(neighbour.x - neighbour.r).toBeGreaterThanOrEqual(0);
      expect(neighbour.x + neighbour.r).toBeLessThanOrEqual(map.width);
    }
  });

  it('draws at most maxNeighbours, most links first, and lists the rest', () => {
    const map = layoutCategoryMap(createMapInput(chainedCategoriesGraph({ categories: 5, perCategory: 5 })), 'category-2', { maxNeighbours: 1 })!;
    expect(map.neighbours.map((neighbour) => neighbour.id)).toEqual(['category-3']);
    expect(map.moreNeighbours.map((neighbour) => neighbour.id)).toEqual(['category-1']);
    expect(new Set(map.exits.map((exit) => exit.to))).toEqual(new Set(['category-3']));
  });

  it('counts backlinks over the whole site and has nothing to draw for an unknown category', () => {
    const map = layoutCategoryMap(createMapInput(testGraph()), 'payments')!;
    expect(map.nodes.find((node) => node.id === 'bravo')!.backlinks).toBe(3);
    expect(map.neighbours.map((neighbour) => `${neighbour.id}: ${neighbourLabel(neighbour)}`)).toEqual(['refunds: Refunds (1 link)']);
    expect(layoutCategoryMap(createMapInput(testGraph()), 'no-such-category')).toBeUndefined();
  });
});
