import type { Category, Question, QuestionGraph } from './types';

/** Look-ups over a built graph, for pages. */
export function createGraphIndex(graph: QuestionGraph) {
  const questions = new Map(graph.questions.map((question) => [question.id, question]));
  const categories = new Map(graph.categories.map((category) => [category.id, category]));
  return {
    question: (id: string): Question | undefined => questions.get(id),
    category: (id: string): Category | undefined => categories.get(id),
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

/**
 * The first whole sentences of an answer's plain text, for link previews. The
 * rules live in `lib/summarise.ts`; its `summariseAnswer` reads the answer's
 * HTML and so also passes over code blocks.
 */
export { summarise } from '@/lib/summarise';
