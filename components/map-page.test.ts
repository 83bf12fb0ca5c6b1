import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createMapInput, createMapLayouts } from '@/lib/map/input';
import { nineQuestionsThatDoNotLinkGraph, testGraph } from '@/lib/map/test-graph';
import { KnowledgeMapPage } from './map-page';

const render = (graph: ReturnType<typeof testGraph>) => renderToStaticMarkup(createElement(KnowledgeMapPage, { graph, map: createMapLayouts(createMapInput(graph)) }));

describe('KnowledgeMapPage of a small FAQ', () => {
  it('says so when no question links to another, and shows the list in place of a drawing of loose dots', () => {
    const graph = nineQuestionsThatDoNotLinkGraph();
    const html = render(graph);
    expect(html).toContain('These questions do not link to each other');
    expect(html).not.toContain('id="knowledge-map"');
    expect(html).not.toContain('On a narrow screen');
    // Outside Next, its Link writes paths without the trailing slash the export adds.
    const listed = [...html.matchAll(/<a [^>]*href="(\/q\/[^"]+?)\/?"/g)].map((m) => m[1]);
    expect(listed).toEqual(graph.questions.map((question) => question.url.replace(/\/$/, '')));
  });

  it('draws a map whose questions link, each question’s title written under its circle, inside its link', () => {
    const graph = testGraph();
    const html = render(graph);
    expect(html).not.toContain('These questions do not link to each other');
    expect(html).toContain('id="knowledge-map"');
    for (const question of graph.questions) {
      expect(html).toMatch(new RegExp(`<a href="${question.url}" class="map-node"><title>${question.title}</title><circle [^>]*></circle><text class="map-node-label"[^>]*>${question.title}</text></a>`));
    }
  });
});

