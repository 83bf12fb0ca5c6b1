import { describe, expect, it } from 'vitest';
import { layoutQuestionGraph, nodeRadius } from './layout';
import { CATEGORY_PALETTE, contrastRatio, THEME_BACKGROUNDS } from './palette';
import { largeTestGraph, testGraph } from './test-graph';

describe('layoutQuestionGraph', () => {
  it('gives the same coordinates for the same graph and seed', () => {
    const graph = largeTestGraph({ questions: 300, categories: 6 });
    expect(layoutQuestionGraph(graph)).toEqual(layoutQuestionGraph(graph));
    expect(layoutQuestionGraph(graph, { seed: 7 })).toEqual(layoutQuestionGraph(graph, { seed: 7 }));
    expect(layoutQuestionGraph(testGraph())).toEqual(layoutQuestionGraph(testGraph()));
  });

  it('draws every question once, inside the bounds, at whole coordinates', () => {
    const graph = largeTestGraph({ questions: 300, categories: 6 });
    const map = layoutQuestionGraph(graph);
    expect(map.nodes).toHaveLength(300);
    expect(map.categories).toHaveLength(6);
    expect(map.edges.length).toBeGreaterThan(0);
    expect(map.nodes.map((node) => node.id).sort()).toEqual(graph.questions.map((question) => question.id).sort());
    for (const node of map.nodes) {
      expect(Number.isInteger(node.x) && Number.isInteger(node.y)).toBe(true);
      expect(node.x - node.r).toBeGreaterThanOrEqual(0);
      expect(node.y - node.r).toBeGreaterThanOrEqual(0);
      expect(node.x + node.r).toBeLessThanOrEqual(map.width);
      expect(node.y + node.r).toBeLessThanOrEqual(map.height);
    }
  });

  it('keeps questions of one category in their cluster, and clusters apart', () => {
    const map = layoutQuestionGraph(largeTestGraph({ questions: 300, categories: 6 }));
    for (const category of map.categories) {
      for (const node of map.nodes.filter((n) => n.category === category.id)) {
        expect(Math.hypot(node.x - category.x, node.y - category.y) + node.r).toBeLessThanOrEqual(category.r + 1);
      }
    }
    for (const [i, a] of map.categories.entries()) {
      for (const b of map.categories.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r);
    }
  });

  it('draws each cross-link once, between existing nodes, never a link to itself', () => {
    const map = layoutQuestionGraph(testGraph());
    const ids = new Set(map.nodes.map((node) => node.id));
    expect(map.edges).toEqual([
      { from: 'alpha', to: 'bravo' },
      { from: 'alpha', to: 'charlie' },
      { from: 'charlie', to: 'bravo' },
      { from: 'delta', to: 'bravo' },
    ]);
    for (const edge of map.edges) expect(ids.has(edge.from) && ids.has(edge.to)).toBe(true);
  });

  it('makes a node bigger the more questions link to it', () => {
    const map = layoutQuestionGraph(testGraph());
    const radius = (id: string) => map.nodes.find((node) => node.id === id)!.r;
    expect(map.nodes.map((node) => [node.id, node.backlinks])).toEqual(
      expect.arrayContaining([['alpha', 0], ['bravo', 3], ['charlie', 1], ['delta', 0], ['echo', 0]]),
    );
    expect(radius('bravo')).toBeGreaterThan(radius('charlie'));
    expect(radius('charlie')).toBeGreaterThan(radius('alpha'));
    expect(radius('alpha')).toBe(radius('echo'));
    expect(nodeRadius(10)).toBeGreaterThan(nodeRadius(9));
  });

  it('lists categories with their questions in Tab order and a colour each', () => {
    const map = layoutQuestionGraph(testGraph());
    expect(map.categories.map(({ id, title, colour, questions }) => ({ id, title, colour, questions: [...questions].sort() }))).toEqual([
      { id: 'payments', title: 'Payments', colour: 0, questions: ['alpha', 'bravo', 'charlie'] },
      { id: 'refunds', title: 'Refunds', colour: 1, questions: ['delta', 'echo'] },
    ]);
    expect(map.nodes.map((node) => node.id)).toEqual(map.categories.flatMap((category) => category.questions));
  });
});

describe('CATEGORY_PALETTE', () => {
  it.each(CATEGORY_PALETTE.map((colour) => [colour.name, colour] as const))('%s stands out at 3:1 on both themes', (_, colour) => {
    expect(contrastRatio(colour.light, THEME_BACKGROUNDS.light)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(colour.dark, THEME_BACKGROUNDS.dark)).toBeGreaterThanOrEqual(3);
  });

  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
