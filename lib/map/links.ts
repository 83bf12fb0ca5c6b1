import type { QuestionGraph } from '@/lib/content/types';

/** Who links to whom among the questions of a graph, read from `question.links`. */
export interface LinkIndex {
  /** Question id → the distinct other questions its answer links to, in link order. */
  outgoing: ReadonlyMap<string, readonly string[]>;
  /** Question id → the distinct other questions that link to it, in graph order. */
  incoming: ReadonlyMap<string, readonly string[]>;
  /** Every link once, `from` → `to`, in graph order. */
  edges: readonly { from: string; to: string }[];
}

/**
 * Indexes the question-to-question links of a graph. Links to categories, to
 * questions that are not in the graph and to the question itself are left
 * out, so counts mean "other questions a reader can reach".
 */
export function buildLinkIndex(graph: QuestionGraph): LinkIndex {
  const known = new Set(graph.questions.map((question) => question.id));
  const outgoing = new Map<string, string[]>();
  const incoming = new Map<string, string[]>(graph.questions.map((question) => [question.id, []]));
  const edges: { from: string; to: string }[] = [];
  for (const question of graph.questions) {
    const targets: string[] = [];
    for (const link of question.links) {
      if (link.kind !== 'question' || link.target === question.id || !known.has(link.target) || targets.includes(link.target)) continue;
      targets.push(link.target);
      incoming.get(link.target)!.push(question.id);
      edges.push({ from: question.id, to: link.target });
    }
    outgoing.set(question.id, targets);
  }
  return { outgoing, incoming, edges };
}
