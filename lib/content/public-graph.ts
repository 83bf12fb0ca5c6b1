import type { QuestionGraph } from './types';

/**
 * The graph as published at `/graph.json`, a public API for integrators:
 * every `url` is a path on the site including its base path.
 */
export function toPublicGraph(graph: QuestionGraph, basePath = '') {
  return {
    version: 1,
    documents: graph.documents.map(({ type: _type, ...document }) => ({ ...document, url: basePath + document.url })),
    categories: graph.categories.map(({ type: _type, ...category }) => ({ ...category, url: basePath + category.url })),
    questions: graph.questions.map(({ type: _type, ...question }) => ({ ...question, url: basePath + question.url })),
    anchors: Object.fromEntries(Object.entries(graph.anchors).map(([anchor, url]) => [anchor, basePath + url])),
    redirects: Object.fromEntries(Object.entries(graph.redirects).map(([id, url]) => [id, basePath + url])),
  };
}
