import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createMapInput, createMapLayouts } from '@/lib/map/input';
import { FULL_MAP_LIMIT } from '@/lib/map/scale';
import { largeTestGraph, nineQuestionsGraph, testGraph } from '@/lib/map/test-graph';
import { listPage } from '@/lib/paging';
import { OverviewOutline } from './map-outline';
import { KnowledgeMapPage } from './map-page';

const render = (graph: ReturnType<typeof testGraph>) => renderToStaticMarkup(createElement(KnowledgeMapPage, { graph, map: createMapLayouts(createMapInput(graph)) }));

describe('KnowledgeMapPage of a small FAQ', () => {
  it('says so when no question links to another, and shows the list in place of a drawing of loose dots', () => {
    const graph = nineQuestionsGraph({ linked: false });
    const html = render(graph);
    expect(html).toContain('These questions do not link to each other');
    expect(html).not.toContain('id="knowledge-map"');
    expect(html).not.toContain('On a narrow screen');
    // Outside Next, its Link writes paths without the trailing slash the export adds.
    const listed = [...html.matchAll(/<a [^>]*href="(\/q\/[^"]+?)\/?"/g)].map((m) => m[1]);
    expect(listed).toEqual(graph.questions.map((question) => question.url.replace(/\/$/, '')));
    // Having said it once, the list does not repeat "links to 0, linked from 0" on every row.
    expect(html).not.toContain('links to 0');
  });

  it('draws a map whose questions link, each question’s title written under its circle, inside its link', () => {
    const graph = testGraph();
    const html = render(graph);
    expect(html).not.toContain('These questions do not link to each other');
    expect(html).toContain('id="knowledge-map"');
    expect(html).toMatch(/links to \d+, linked from \d+/);
    for (const question of graph.questions) {
      expect(html).toMatch(new RegExp(`<a href="${question.url}" class="map-node"><title>${question.title}</title><circle [^>]*></circle><text class="map-node-label"[^>]*>${question.title}</text></a>`));
    }
  });
});

describe('the overview of a large site, a page of its list at a time', () => {
  const graph = largeTestGraph({ questions: FULL_MAP_LIMIT + 1, categories: 5 });
  const { overview } = createMapLayouts(createMapInput(graph));
  const ids = overview.categories.map((category) => category.id);
  const render = (page: number) => renderToStaticMarkup(createElement(OverviewOutline, { overview, list: listPage(ids, page, 2)! }));

  it('lists only its page’s categories, in the FAQ’s order', () => {
    const second = render(2);
    const listed = [...second.matchAll(/<a [^>]*href="\/map\/([^/"]+)\/?"/g)].map((m) => m[1]);
    expect(listed).toEqual(['category-2', 'category-3']);
  });

  it('links to the other pages, the current one marked', () => {
    const second = render(2);
    expect(second).toContain('aria-label="Pages of the map’s list"');
    expect(second).toContain('<span aria-current="page" class="chip"><span class="sr-only">Page </span>2</span>');
    expect(second).toMatch(/<a class="chip chip-quiet" href="\/map\/?"><span class="sr-only">Page <\/span>1<\/a>/);
    expect(second).toMatch(/<a class="chip chip-quiet" href="\/map\/page\/3\/?"><span class="sr-only">Page <\/span>3<\/a>/);
  });
});
