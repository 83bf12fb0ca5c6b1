import { describe, expect, it } from 'vitest';
import { wrap } from './labels';
import { layoutCategoryOverview } from './overview';
import { graphOf } from '@/lib/content/test-helpers';
import { chainedCategoriesGraph, testGraph, threeFaqsGraph } from './test-graph';
import { createMapInput } from './input';

describe('layoutCategoryOverview', () => {
  it('draws each category once as a circle whose area grows with its questions, leading to its own map', () => {
    const overview = layoutCategoryOverview(createMapInput(chainedCategoriesGraph({ categories: 5, perCategory: 4 })));
    expect(overview.categories.map(({ id, questions, mapUrl, url }) => ({ id, questions, mapUrl, url }))).toEqual(
      [0, 1, 2, 3, 4].map((c) => ({ id: `category-${c}`, questions: 4, mapUrl: `/map/category-${c}/`, url: `/c/category-${c}/` })),
    );
    const small = layoutCategoryOverview(createMapInput(testGraph()));
    const [payments, refunds] = small.categories;
    expect(payments!.questions).toBe(3);
    expect(refunds!.questions).toBe(2);
    expect(payments!.r).toBeGreaterThanOrEqual(refunds!.r);
  });

  it('counts the links between categories and draws only each category’s strongest, strongest first', () => {
    const graph = chainedCategoriesGraph({ categories: 6, perCategory: 6 });
    // Category c links c times to category c + 1 (the last has nowhere to link).
    expect(layoutCategoryOverview(createMapInput(graph)).links).toEqual([
      { from: 'category-4', to: 'category-5', count: 4 },
      { from: 'category-3', to: 'category-4', count: 3 },
      { from: 'category-2', to: 'category-3', count: 2 },
      { from: 'category-1', to: 'category-2', count: 1 },
    ]);
    expect(layoutCategoryOverview(createMapInput(graph)).categories.map((category) => category.links)).toEqual([0, 1, 3, 5, 7, 4]);
  });

  it('leaves out a line that is neither end’s strongest', () => {
    // A–B 3 links, A–C 2, B–C 1, C–D 1: B–C is the weakest of both B's and C's.
    const { graph } = graphOf({
      'content/faq/abcd.md': `# ABCD

## A
### A1
[b](#b1) [c](#c1)
### A2
[b](#b2) [c](#c2)
### A3
[b](#b3)

## B
### B1
[c](#c1)
### B2
x
### B3
x

## C
### C1
[d](#d1)
### C2
x

## D
### D1
x
`,
    });
    expect(layoutCategoryOverview(createMapInput(graph), { linksPerCategory: 1 }).links).toEqual([
      { from: 'a', to: 'b', count: 3 },
      { from: 'a', to: 'c', count: 2 },
      { from: 'c', to: 'd', count: 1 },
    ]);
    expect(layoutCategoryOverview(createMapInput(graph), { linksPerCategory: 2 }).links).toHaveLength(4);
  });

  it('keeps circles and their names apart and inside the drawing', () => {
    const overview = layoutCategoryOverview(createMapInput(chainedCategoriesGraph({ categories: 12, perCategory: 3 })));
    for (const [i, a] of overview.categories.entries()) {
      expect(a.x - a.r).toBeGreaterThanOrEqual(0);
      expect(a.y - a.r).toBeGreaterThanOrEqual(0);
      expect(a.label.y).toBeGreaterThan(a.y + a.r);
      expect(a.label.y + 14 * (a.label.lines.length - 1)).toBeLessThanOrEqual(overview.height);
      for (const b of overview.categories.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(a.r + b.r);
    }
  });

  it('groups the categories of several FAQs inside their documents’ outlines, coloured by document', () => {
    const overview = layoutCategoryOverview(createMapInput(threeFaqsGraph()));
    expect(overview.documents.map(({ id, hue, categories }) => ({ id, hue, categories }))).toEqual([
      { id: 'payments', hue: 0, categories: ['capture', 'cancel'] },
      { id: 'refunds', hue: 1, categories: ['refunds'] },
      { id: 'sync', hue: 2, categories: ['sync-tool-faq'] },
    ]);
    for (const document of overview.documents) {
      for (const category of overview.categories.filter((c) => c.document === document.id)) {
        expect(Math.hypot(category.x - document.x, category.y - document.y) + category.r).toBeLessThanOrEqual(document.r + 1);
        expect(category.swatch.hue).toBe(document.hue);
      }
    }
    expect(layoutCategoryOverview(createMapInput(testGraph())).documents).toEqual([]);
  });

  it('is the same every time', () => {
    const graph = chainedCategoriesGraph({ categories: 8, perCategory: 3 });
    expect(layoutCategoryOverview(createMapInput(graph))).toEqual(layoutCategoryOverview(createMapInput(graph)));
  });
});

describe('wrap', () => {
  it.each([
    ['Refunds', ['Refunds']],
    ['Recurring agreements API', ['Recurring', 'agreements API']],
    ['Gift card point of sale integrations', ['Gift card point of', 'sale integrations']],
    ['Loyalty programme point of sale webhooks and reports', ['Loyalty programme', 'point of sale…']],
    ['Supercalifragilisticexpialidocious', ['Supercalifragilis…']],
  ])('%s → %j', (text, lines) => {
    expect(wrap(text, 18)).toEqual(lines);
  });
});
