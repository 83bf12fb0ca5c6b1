/**
 * Which troubleshooter answer each question has, as the "Describe what you see" box needs it in the
 * browser: small whatever the size of the FAQ. A drafted troubleshooter has an answer for nearly every
 * question, named after it, so only the exceptions are written.
 */
import type { QuestionGraph } from '@/lib/content/types';
import type { WizardTree } from './types';

/** `/wizard-answers.json`. */
export interface AnswerIndex {
  /** `same`: a question not listed has the answer node of its own id; `none`: it has none. */
  others: 'same' | 'none';
  /** Question id → its answer node, or `null` for none, where the rule above does not say it. */
  nodes: Record<string, string | null>;
}

export function buildAnswerIndex(tree: WizardTree, graph: QuestionGraph): AnswerIndex {
  const answerOf = new Map<string, string>();
  for (const node of Object.values(tree.nodes)) {
    if (node.type === 'answer' && !answerOf.has(node.question)) answerOf.set(node.question, node.id);
  }
  const same = graph.questions.filter((question) => answerOf.get(question.id) === question.id).length;
  const others: AnswerIndex['others'] = same > graph.questions.length / 2 ? 'same' : 'none';
  const nodes: AnswerIndex['nodes'] = {};
  for (const question of graph.questions) {
    const node = answerOf.get(question.id) ?? null;
    if (node !== (others === 'same' ? question.id : null)) nodes[question.id] = node;
  }
  return { others, nodes };
}

/** The answer node of a question, read from a fetched index (checked: it comes off the network). */
export function answerNodeOf(index: unknown, questionId: string): string | undefined {
  if (typeof index !== 'object' || index === null) return undefined;
  const { others, nodes } = index as Partial<AnswerIndex>;
  const listed = typeof nodes === 'object' && nodes !== null && Object.hasOwn(nodes, questionId) ? nodes[questionId] : undefined;
  if (listed !== undefined) return typeof listed === 'string' ? listed : undefined;
  return others === 'same' ? questionId : undefined;
}
