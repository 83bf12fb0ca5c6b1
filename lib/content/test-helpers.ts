import { VFile } from 'vfile';
import { buildQuestionGraph, type BuildGraphOptions } from './build-graph';
import { parseFaqDocument } from './parse-faq';
import { formatMessages } from './report';
import type { QuestionGraph } from './types';

/**
 * Parses named markdown texts as content files and builds one graph from them.
 * `report` lists warnings and errors; `notes` lists every message, infos (such as
 * how each file's structure was read) included.
 */
export function graphOf(
  files: Record<string, string>,
  options: BuildGraphOptions = {},
): { graph: QuestionGraph; files: VFile[]; report: string; notes: string } {
  const vfiles = Object.entries(files).map(([path, value]) => new VFile({ path, value }));
  const graph = buildQuestionGraph(vfiles.map(parseFaqDocument), options);
  return { graph, files: vfiles, report: formatMessages(vfiles, { minSeverity: 'warning' }), notes: formatMessages(vfiles) };
}

/** The parts of a graph a fixture pins: structure, steps, symptoms, links, not the HTML. */
export function summariseGraph(graph: QuestionGraph) {
  return {
    documents: graph.documents.map(({ id, title, layout, metadata, categories, notices }) => ({ id, title, layout, metadata, categories, notices: notices.length })),
    categories: graph.categories.map(({ id, title, questions, html }) => ({ id, title, questions, hasText: html.length > 0 })),
    questions: graph.questions.map((q) => ({
      id: q.id,
      title: q.title,
      titleHtml: q.titleHtml,
      line: q.source.line,
      text: q.text,
      steps: q.steps.map((step) => `${step.id}: ${step.text}`),
      symptoms: q.symptoms,
      links: q.links,
      backlinks: q.backlinks,
      externalLinks: q.externalLinks.map((link) => link.href),
      ...optional({
        anchors: q.anchors.slice(1),
        subheadings: [...q.html.matchAll(/<(h[1-6]) id="([^"]*)"/g)].map((m) => `${m[1]}#${m[2]}`),
        images: [...q.html.matchAll(/<img src="([^"]*)"/g)].map((m) => m[1]!),
        alsoAskedAs: q.alsoAskedAs,
        checklistParts: q.checklistParts.map((part) => `${part.from}-${part.to}: ${part.label}`),
        orderedListStarts: [...q.html.matchAll(/<ol start="(\d+)"/g)].map((m) => m[1]!),
        tocLabels: q.tocLabels,
        editUrl: q.source.url ? [q.source.url] : [],
      }),
    })),
  };
}

/** The fields whose lists are not empty: fixtures show what a case is about and stay short elsewhere. */
function optional(fields: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(fields).filter(([, list]) => list.length > 0));
}
