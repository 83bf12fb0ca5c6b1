import type { Question, QuestionGraph } from '@/lib/content/types';
import { shorten } from './labels';
import type { MapInput } from './input';
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
  /** One per link drawn, in the direction it points; a pair of links both ways gives two edges. */
  edges: { from: string; to: string }[];
  /**
   * Neighbours left out of a column past `maxPerSide`: how many, and where to say "and N more"
   * (centred on x, baseline at y). The page's Related and Linked from lists name them all.
   */
  more: { side: 'left' | 'right'; count: number; x: number; y: number }[];
}

export interface NeighbourhoodOptions {
  /** @defaultValue 720 */
  width?: number;
  /** Vertical space per neighbour. @defaultValue 32 */
  rowHeight?: number;
  /** Longest label, in characters, before it is cut with an ellipsis. @defaultValue 34 */
  maxLabel?: number;
  /** Most neighbours drawn on each side; the rest are counted ("and 212 more"). @defaultValue 12 */
  maxPerSide?: number;
}

/**
 * A small map of one question's neighbourhood: the question in the middle,
 * the questions that link to it in a column on the left, and the questions
 * it links to (or that link both ways) on the right, at most `maxPerSide` a
 * side, so a question linked from hundreds stays a small drawing. Undefined
 * when the question has fewer than two neighbours (a drawing of one line says
 * no more than the Related or Linked from list beside it) or is not in the graph.
 */
export function layoutNeighbourhood(input: MapInput, questionId: string, options: NeighbourhoodOptions = {}): Neighbourhood | undefined {
  const width = options.width ?? 720;
  const rowHeight = options.rowHeight ?? 32;
  const maxLabel = options.maxLabel ?? 34;
  const maxPerSide = options.maxPerSide ?? 12;
  const { outgoing, incoming } = input.links;
  const out = outgoing.get(questionId);
  const into = incoming.get(questionId);
  if (!out || !into) return undefined;
  const outSet = new Set(out);
  const intoSet = new Set(into);
  const right = out.map((id) => ({ id, relation: (intoSet.has(id) ? 'both' : 'links-to') as Relation }));
  const left = into.filter((id) => !outSet.has(id)).map((id) => ({ id, relation: 'linked-from' as Relation }));
  if (right.length + left.length < 2) return undefined;

  const shownLeft = left.slice(0, maxPerSide);
  const shownRight = right.slice(0, maxPerSide);
  // Room under a capped column for its "and N more".
  const rows = Math.max(shownLeft.length + (left.length > maxPerSide ? 1 : 0), shownRight.length + (right.length > maxPerSide ? 1 : 0), 2);
  const height = rows * rowHeight + rowHeight;
  const question = (id: string) => input.question(id)!;
  const colours = input.colours.categories;
  const describe = (id: string) => {
    const { title, url, category } = question(id);
    return { id, title, label: shorten(title, maxLabel), url, swatch: colours.get(category) ?? { hue: 0, shade: 0 } };
  };
  const top = (items: number) => (height - items * rowHeight) / 2;
  const column = (items: { id: string; relation: Relation }[], total: number, x: number, labelSide: 'left' | 'right') =>
    items.map(({ id, relation }, row): NeighbourhoodNode => ({
      ...describe(id),
      relation,
      x,
      y: Math.round(top(items.length + (total > items.length ? 1 : 0)) + rowHeight * (row + 0.5)),
      r: 7,
      labelSide,
    }));
  const leftX = Math.round(width * 0.34);
  const rightX = Math.round(width * 0.66);
  const nodes = [
    { ...describe(questionId), relation: 'centre' as const, x: Math.round(width / 2), y: Math.round(height / 2) - 6, r: 11, labelSide: 'below' as const },
    ...column(shownLeft, left.length, leftX, 'left'),
    ...column(shownRight, right.length, rightX, 'right'),
  ];
  const drawn = new Set(nodes.map((node) => node.id));
  const edges = [
    ...into.filter((id) => drawn.has(id)).map((id) => ({ from: id, to: questionId })),
    ...out.filter((id) => drawn.has(id)).map((id) => ({ from: questionId, to: id })),
  ];
  const more = (
    [
      ['left', left.length - shownLeft.length, leftX],
      ['right', right.length - shownRight.length, rightX],
    ] as const
  )
    .filter(([, count]) => count > 0)
    .map(([side, count, x]) => ({ side, count, x, y: Math.round(top(maxPerSide + 1) + rowHeight * (maxPerSide + 0.5)) + 4 }));
  return { width, height, nodes, edges, more };
}
