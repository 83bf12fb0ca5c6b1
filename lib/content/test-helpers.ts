import { VFile } from 'vfile';
import { buildQuestionGraph } from './build-graph';
import { parseFaqDocument } from './parse-faq';
import { formatMessages } from './report';
import type { QuestionGraph } from './types';

/** Parses named markdown texts as content files and builds one graph from them. */
export function graphOf(files: Record<string, string>): { graph: QuestionGraph; files: VFile[]; report: string } {
  const vfiles = Object.entries(files).map(([path, value]) => new VFile({ path, value }));
  const graph = buildQuestionGraph(vfiles.map(parseFaqDocument));
  return { graph, files: vfiles, report: formatMessages(vfiles) };
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
    })),
  };
}
