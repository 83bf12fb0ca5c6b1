import type { Category, FaqDocumentInfo, Question, QuestionGraph } from './types';

/** A graph with its look-ups: what pages, the map and the troubleshooter ask of it. */
export interface GraphIndex {
  graph: QuestionGraph;
  question(id: string): Question | undefined;
  category(id: string): Category | undefined;
  document(id: string): FaqDocumentInfo | undefined;
  /** Whether the site has several FAQ documents, so pages name the one a question belongs to. */
  multiDocument: boolean;
  /** The questions before and after this one in its category. */
  neighbours(question: Question): { previous?: Question; next?: Question };
}

/** Look-ups over a built graph. Build it once per graph (the `Site` does): it indexes every question. */
export function createGraphIndex(graph: QuestionGraph): GraphIndex {
  const questions = new Map(graph.questions.map((question) => [question.id, question]));
  const categories = new Map(graph.categories.map((category) => [category.id, category]));
  const documents = new Map(graph.documents.map((document) => [document.id, document]));
  return {
    graph,
    question: (id) => questions.get(id),
    category: (id) => categories.get(id),
    document: (id) => documents.get(id),
    multiDocument: graph.documents.length > 1,
    neighbours(question) {
      const ids = categories.get(question.category)?.questions ?? [];
      const at = ids.indexOf(question.id);
      return {
        previous: at > 0 ? questions.get(ids[at - 1]!) : undefined,
        next: at >= 0 && at < ids.length - 1 ? questions.get(ids[at + 1]!) : undefined,
      };
    },
  };
}
