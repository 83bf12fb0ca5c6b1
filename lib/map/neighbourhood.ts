import type { QuestionGraph } from '@/lib/content/types';
import { buildCategoryColours } from './layout';
import { buildLinkIndex } from './links';

/** How a question in the neighbourhood relates to the one in the middle. */
export type Relation = 'centre' | 'links-to' | 'linked-from' | 'both';

export interface NeighbourhoodNode {
  id: string;
  title: string;
  /** The title shortened to fit beside its circle. */
  label: string;
  url: string;
  /** Palette slot of its category, as on the knowledge map. */
  colour: number;
  relation: Relation;
  x: number;
  y: number;
  r: number;
  /** Which side of the circle its label is written on. */
  labelSide: 'left' | 'right' | 'below';
}

export interface Neighbourhood {
  width: number;
  height: number;
  /** The question itself first, then the questions that link to it, then those it links to. */
  nodes: NeighbourhoodNode[];
  /** One per link, in the direction it points; a pair of links both ways gives two edges. */
  edges: { from: string; to: string }[];
}

export interface NeighbourhoodOptions {
  /** @defaultValue 720 */
  width?: number;
  /** Vertical space per neighbour. @defaultValue 32 */
  rowHeight?: number;
  /** Longest label, in characters, before it is cut with an ellipsis. @defaultValue 34 */
  maxLabel?: number;
}

/**
 * A small map of one question's neighbourhood: the question in the middle,
 * the questions that link to it in a column on the left, and the questions
 * it links to (or that link both ways) on the right. Undefined when the
 * question has no links either way or is not in the graph.
 */
export function layoutNeighbourhood(graph: QuestionGraph, questionId: string, options: NeighbourhoodOptions = {}): Neighbourhood | undefined {
  const width = options.width ?? 720;
  const rowHeight = options.rowHeight ?? 32;
  const maxLabel = options.maxLabel ?? 34;
  const byId = new Map(graph.questions.map((question) => [question.id, question]));
  const centre = byId.get(questionId);
  if (!centre) return undefined;
  const { outgoing, incoming } = buildLinkIndex(graph);
  const out = outgoing.get(questionId)!;
  const into = incoming.get(questionId)!;
  const right = out.map((id) => ({ id, relation: (into.includes(id) ? 'both' : 'links-to') as Relation }));
  const left = into.filter((id) => !out.includes(id)).map((id) => ({ id, relation: 'linked-from' as Relation }));
  if (right.length + left.length === 0) return undefined;

  const colours = buildCategoryColours(graph);
  const height = Math.max(left.length, right.length, 2) * rowHeight + rowHeight;
  const column = (items: { id: string; relation: Relation }[], x: number, labelSide: 'left' | 'right') =>
    items.map(({ id, relation }, row): NeighbourhoodNode => {
      const question = byId.get(id)!;
      const top = (height - items.length * rowHeight) / 2;
      return { ...describe(question), relation, x, y: Math.round(top + rowHeight * (row + 0.5)), r: 7, labelSide };
    });
  const describe = (question: (typeof graph.questions)[number]) => ({
    id: question.id,
    title: question.title,
    label: shorten(question.title, maxLabel),
    url: question.url,
    colour: colours.get(question.category) ?? 0,
  });
  const nodes = [
    { ...describe(centre), relation: 'centre' as const, x: Math.round(width / 2), y: Math.round(height / 2) - 6, r: 11, labelSide: 'below' as const },
    ...column(left, Math.round(width * 0.34), 'left'),
    ...column(right, Math.round(width * 0.66), 'right'),
  ];
  const edges = [...into.map((id) => ({ from: id, to: questionId })), ...out.map((id) => ({ from: questionId, to: id }))];
  return { width, height, nodes, edges };
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}
