import { describe, expect, it } from 'vitest';
import { LABELLED_MAP_LIMIT, layoutQuestionGraph, nodeRadius } from './layout';
import { labelBox, QUESTION_LABEL_FONT_SIZE, QUESTION_LABEL_LINE_HEIGHT } from './labels';
import { largeTestGraph, nineQuestionsGraph, testGraph, threeFaqsGraph } from './test-graph';
import { createMapInput } from './input';

describe('layoutQuestionGraph', () => {
  it('gives the same coordinates for the same graph and seed', () => {
    const graph = largeTestGraph({ questions: 300, categories: 6 });
    expect(layoutQuestionGraph(createMapInput(graph))).toEqual(layoutQuestionGraph(createMapInput(graph)));
    expect(layoutQuestionGraph(createMapInput(graph), { seed: 7 })).toEqual(layoutQuestionGraph(createMapInput(graph), { seed: 7 }));
    expect(layoutQuestionGraph(createMapInput(testGraph()))).toEqual(layoutQuestionGraph(createMapInput(testGraph())));
  });

  it('draws every question once, inside the bounds, at whole coordinates', () => {
    const graph = largeTestGraph({ questions: 300, categories: 6 });
    const map = layoutQuestionGraph(createMapInput(graph));
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
    const map = layoutQuestionGraph(createMapInput(largeTestGraph({ questions: 300, categories: 6 })));
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
    const map = layoutQuestionGraph(createMapInput(testGraph()));
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
    const map = layoutQuestionGraph(createMapInput(testGraph()));
    const radius = (id: string) => map.nodes.find((node) => node.id === id)!.r;
    expect(map.nodes.map((node) => [node.id, node.backlinks])).toEqual(
      expect.arrayContaining([['alpha', 0], ['bravo', 3], ['charlie', 1], ['delta', 0], ['echo', 0]]),
    );
    expect(radius('bravo')).toBeGreaterThan(radius('charlie'));
    expect(radius('charlie')).toBeGreaterThan(radius('alpha'));
    expect(radius('alpha')).toBe(radius('echo'));
    expect(nodeRadius(10)).toBeGreaterThan(nodeRadius(9));
  });

  it('lists categories with their questions in the document’s order, and a colour each; the nodes come in Tab order', () => {
    const map = layoutQuestionGraph(createMapInput(testGraph()));
    expect(map.categories.map(({ id, title, swatch, questions }) => ({ id, title, swatch, questions }))).toEqual([
      { id: 'payments', title: 'Payments', swatch: { hue: 0, shade: 0 }, questions: ['alpha', 'bravo', 'charlie'] },
      { id: 'refunds', title: 'Refunds', swatch: { hue: 1, shade: 0 }, questions: ['delta', 'echo'] },
    ]);
    // Tab walks a cluster in reading order (rows, then left to right), category by category.
    for (const category of map.categories) {
      const own = map.nodes.filter((node) => node.category === category.id);
      expect(own.map((node) => node.id).sort()).toEqual([...category.questions].sort());
      expect(own).toEqual([...own].sort((a, b) => Math.floor(a.y / 15) - Math.floor(b.y / 15) || a.x - b.x));
    }
  });

  it('keeps the document’s order in a large category whose drawing reads otherwise', () => {
    const graph = largeTestGraph({ questions: 60, categories: 2 });
    const map = layoutQuestionGraph(createMapInput(graph));
    for (const category of map.categories) expect(category.questions).toEqual(graph.categories.find((c) => c.id === category.id)!.questions);
    // The fixture is one where reading order differs, so the test can tell the two apart.
    expect(map.nodes.filter((node) => node.category === map.categories[0]!.id).map((node) => node.id)).not.toEqual(map.categories[0]!.questions);
  });

  it('draws no document outline for a site of one FAQ', () => {
    expect(layoutQuestionGraph(createMapInput(testGraph())).documents).toEqual([]);
    expect(layoutQuestionGraph(createMapInput(largeTestGraph({ questions: 300, categories: 6 }))).documents).toEqual([]);
  });

  it('draws only the categories asked for, with sizes and links counted over the whole graph', () => {
    const map = layoutQuestionGraph(createMapInput(testGraph()), { categories: ['payments'] });
    expect(map.categories.map((category) => category.id)).toEqual(['payments']);
    expect(map.nodes.map((node) => node.id).sort()).toEqual(['alpha', 'bravo', 'charlie']);
    // delta (in Refunds) links to bravo too: it still counts, but its line is not drawn.
    expect(map.nodes.find((node) => node.id === 'bravo')!.backlinks).toBe(3);
    expect(map.edges).toEqual([
      { from: 'alpha', to: 'bravo' },
      { from: 'alpha', to: 'charlie' },
      { from: 'charlie', to: 'bravo' },
    ]);
  });
});

describe('layoutQuestionGraph of a small FAQ', () => {
  const map = layoutQuestionGraph(createMapInput(nineQuestionsGraph({ linked: true })));
  const titleBox = (node: (typeof map.nodes)[number]) => labelBox(node.x, node.label!.y, node.label!.lines, QUESTION_LABEL_FONT_SIZE, QUESTION_LABEL_LINE_HEIGHT);
  const overlap = (a: { left: number; right: number; top: number; bottom: number }, b: typeof a) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

  it('writes each question’s title under its circle, in at most two lines', () => {
    expect(map.nodes).toHaveLength(9);
    expect(map.edges).toHaveLength(3);
    for (const node of map.nodes) {
      expect(node.label!.lines.length).toBeGreaterThan(0);
      expect(node.label!.lines.length).toBeLessThanOrEqual(2);
      expect(node.title.startsWith(node.label!.lines[0]!.replace(/…$/, ''))).toBe(true);
      expect(node.label!.y - QUESTION_LABEL_FONT_SIZE).toBeGreaterThanOrEqual(node.y + node.r);
    }
    expect(map.nodes.find((node) => node.id === 'what-is-a-lockfile')!.label!.lines).toEqual(['What is a lockfile?']);
  });

  it('keeps every title clear of the other titles and circles, and inside the drawing', () => {
    for (const [i, a] of map.nodes.entries()) {
      const box = titleBox(a);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(map.width);
      expect(box.bottom).toBeLessThanOrEqual(map.height);
      for (const b of map.nodes.slice(i + 1)) expect(overlap(box, titleBox(b)), `${a.id} / ${b.id}`).toBe(false);
      for (const b of map.nodes.filter((node) => node !== a)) {
        expect(overlap(box, { left: b.x - b.r, right: b.x + b.r, top: b.y - b.r, bottom: b.y + b.r }), `${a.id} over ${b.id}`).toBe(false);
      }
    }
  });

  it('writes the category’s name just over its top circle', () => {
    const category = map.categories[0]!;
    const top = Math.min(...map.nodes.map((node) => node.y - node.r));
    expect(category.label!.y).toBeLessThan(top);
    expect(top - category.label!.y).toBeLessThanOrEqual(12);
  });

  it('writes no titles on a map of more than LABELLED_MAP_LIMIT questions', () => {
    const larger = layoutQuestionGraph(createMapInput(largeTestGraph({ questions: LABELLED_MAP_LIMIT + 1, categories: 3 })));
    expect(larger.nodes.filter((node) => node.label)).toEqual([]);
    const limit = layoutQuestionGraph(createMapInput(largeTestGraph({ questions: LABELLED_MAP_LIMIT, categories: 3 })));
    expect(limit.nodes.every((node) => node.label)).toBe(true);
  });
});

describe('layoutQuestionGraph on a site of several FAQs', () => {
  const map = layoutQuestionGraph(createMapInput(threeFaqsGraph()));
  const inside = (point: { x: number; y: number; r: number }, circle: { x: number; y: number; r: number }) =>
    Math.hypot(point.x - circle.x, point.y - circle.y) + point.r <= circle.r + 1;

  it('outlines each document around its own categories, in its hue', () => {
    expect(map.documents.map(({ id, title, hue, categories }) => ({ id, title, hue, categories }))).toEqual([
      { id: 'payments', title: 'Payments FAQ', hue: 0, categories: ['capture', 'cancel'] },
      { id: 'refunds', title: 'Refunds FAQ', hue: 1, categories: ['refunds'] },
      { id: 'sync', title: 'Sync tool FAQ', hue: 2, categories: ['sync-tool-faq'] },
    ]);
    for (const document of map.documents) {
      for (const node of map.nodes.filter((n) => document.categories.includes(n.category))) expect(inside(node, document)).toBe(true);
      for (const category of map.categories.filter((c) => document.categories.includes(c.id))) expect(category.swatch.hue).toBe(document.hue);
    }
  });

  it('keeps documents apart, their titles above their outlines and inside the drawing', () => {
    for (const [i, a] of map.documents.entries()) {
      for (const b of map.documents.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(a.r + b.r);
      expect(a.labelY).toBeLessThan(a.y - a.r);
      expect(a.labelY - 15).toBeGreaterThanOrEqual(0);
    }
    for (const node of map.nodes) {
      expect(node.x - node.r).toBeGreaterThanOrEqual(0);
      expect(node.x + node.r).toBeLessThanOrEqual(map.width);
      expect(node.y + node.r).toBeLessThanOrEqual(map.height);
    }
  });

  it('gives a document’s categories shades of its hue, and leaves the name off a category its outline already names', () => {
    expect(map.categories.map(({ id, swatch, label }) => ({ id, swatch, label: label?.lines }))).toEqual([
      { id: 'capture', swatch: { hue: 0, shade: 0 }, label: ['Capture'] },
      { id: 'cancel', swatch: { hue: 0, shade: 1 }, label: ['Cancel'] },
      { id: 'refunds', swatch: { hue: 1, shade: 0 }, label: ['Refunds'] },
      { id: 'sync-tool-faq', swatch: { hue: 2, shade: 0 }, label: undefined },
    ]);
  });

  it('is the same map every time', () => {
    expect(layoutQuestionGraph(createMapInput(threeFaqsGraph()))).toEqual(map);
  });
});
