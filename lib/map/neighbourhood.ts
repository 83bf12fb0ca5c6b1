import type { Question, QuestionGraph } from '@/lib/content/types';
import { getMapColours } from './colours';
import { getLinkIndex } from './links';
import type { Swatch } from './palette';

/** How a question in the neighbourhood relates to the one in the middle. */
export type Relation = 'centre' | 'links-to' | 'linked-from' | 'both';

export interface NeighbourhoodNode {
  id: string;
  title: string;
  /** The title shortened to fit beside its circle. */
  label: string;
  url: string;
  /** Its category's colour, as on the knowledge map. */
  swatch: Swatch;
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
  const { outgoing, incoming } = getLinkIndex(graph);
  const out = outgoing.get(questionId);
  const into = incoming.get(questionId);
  if (!out || !into) return undefined;
  const outSet = new Set(out);
  const intoSet = new Set(into);
  const right = out.map((id) => ({ id, relation: (intoSet.has(id) ? 'both' : 'links-to') as Relation }));
  const left = into.filter((id) => !outSet.has(id)).map((id) => ({ id, relation: 'linked-from' as Relation }));
  if (right.length + left.length === 0) return undefined;

  const height = Math.max(left.length, right.length, 2) * rowHeight + rowHeight;
  const question = (id: string) => questionsById(graph).get(id)!;
  const colours = getMapColours(graph).categories;
  const describe = (id: string) => {
    const { title, url, category } = question(id);
    return { id, title, label: shorten(title, maxLabel), url, swatch: colours.get(category) ?? { hue: 0, shade: 0 } };
  };
  const column = (items: { id: string; relation: Relation }[], x: number, labelSide: 'left' | 'right') =>
    items.map(({ id, relation }, row): NeighbourhoodNode => {
      const top = (height - items.length * rowHeight) / 2;
      return { ...describe(id), relation, x, y: Math.round(top + rowHeight * (row + 0.5)), r: 7, labelSide };
    });
  const nodes = [
    { ...describe(questionId), relation: 'centre' as const, x: Math.round(width / 2), y: Math.round(height / 2) - 6, r: 11, labelSide: 'below' as const },
    ...column(left, Math.round(width * 0.34), 'left'),
    ...column(right, Math.round(width * 0.66), 'right'),
  ];
  const edges = [...into.map((id) => ({ from: id, to: questionId })), ...out.map((id) => ({ from: questionId, to: id }))];
  return { width, height, nodes, edges };
}

const byIdCache = new WeakMap<QuestionGraph, Map<string, Question>>();

/** The graph's questions by id, indexed once per graph rather than once per question page. */
function questionsById(graph: QuestionGraph): Map<string, Question> {
  let byId = byIdCache.get(graph);
  if (!byId) byIdCache.set(graph, (byId = new Map(graph.questions.map((question) => [question.id, question]))));
  return byId;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}
