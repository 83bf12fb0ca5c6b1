import type { Category, FaqDocumentInfo, Question, QuestionGraph } from './types';

/** Look-ups over a built graph, for pages. Build it once per graph: it indexes every question. */
export function createGraphIndex(graph: QuestionGraph) {
  const questions = new Map(graph.questions.map((question) => [question.id, question]));
  const categories = new Map(graph.categories.map((category) => [category.id, category]));
  const documents = new Map(graph.documents.map((document) => [document.id, document]));
  return {
    question: (id: string): Question | undefined => questions.get(id),
    category: (id: string): Category | undefined => categories.get(id),
    document: (id: string): FaqDocumentInfo | undefined => documents.get(id),
    /** Whether the site has several FAQ documents, so pages name the one a question belongs to. */
    multiDocument: graph.documents.length > 1,
    /** The questions before and after this one in its category. */
    neighbours(question: Question): { previous?: Question; next?: Question } {
      const ids = categories.get(question.category)?.questions ?? [];
      const at = ids.indexOf(question.id);
      return {
        previous: at > 0 ? questions.get(ids[at - 1]!) : undefined,
        next: at >= 0 && at < ids.length - 1 ? questions.get(ids[at + 1]!) : undefined,
      };
    },
  };
}
