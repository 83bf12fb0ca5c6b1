import type { QuestionGraph } from '@/lib/content/types';
import type { MapInput } from './input';
import { labelWidth } from './labels';
import { bounds, circleBox, layoutQuestionGraph, type KnowledgeMap, type MapEdge, type MapLabel, type MapLayoutOptions } from './layout';
import type { Swatch } from './palette';
import { mapUrl } from '@/lib/routes';

/** A category whose answers link to or from the drawn one: a way out of its map. */
export interface NeighbourCategory {
  id: string;
  title: string;
  /** Site-relative URL of its own map, without base path. */
  mapUrl: string;
  swatch: Swatch;
  /** How many links join its answers and the drawn category's, either way. */
  links: number;
  x: number;
  y: number;
  r: number;
  /** Which side of the circle its name is written on (outwards). */
  labelSide: 'left' | 'right';
}

/** One category's questions, and around them the categories they link with. */
export interface CategoryMap extends KnowledgeMap {
  /** Drawn in two columns either side of the questions, at most `maxNeighbours`, most links first. */
  neighbours: NeighbourCategory[];
  /** Neighbouring categories past `maxNeighbours`, listed but not drawn. */
  moreNeighbours: Omit<NeighbourCategory, 'x' | 'y' | 'r' | 'labelSide'>[];
  /** A line from a question to each drawn neighbour it links with (either way). */
  exits: MapEdge[];
}

export interface CategoryMapOptions extends Omit<MapLayoutOptions, 'categories'> {
  /** @defaultValue 16 */
  maxNeighbours?: number;
}

const ROW_HEIGHT = 30;
const COLUMN_GAP = 60;
/** Neighbours' names: the font size (as in `.map-exit-label`) and the space between circle and name. */
export const NEIGHBOUR_FONT_SIZE = 13;
const LABEL_OFFSET = 6;

/**
 * The map of one category on a large site: its questions laid out as on the
 * full map (sizes and colours from the whole graph), and the categories its
 * answers link with in a column on either side: each on the side its
 * linking questions lean to, in the order of their height, so the lines from
 * the questions stay short. Undefined for a category with no questions.
 */
export function layoutCategoryMap(input: MapInput, categoryId: string, options: CategoryMapOptions = {}): CategoryMap | undefined {
  const { graph } = input;
  const maxNeighbours = options.maxNeighbours ?? 16;
  const margin = options.margin ?? 24;
  const inner = layoutQuestionGraph(input, { ...options, categories: [categoryId], margin: 0 });
  const category = inner.categories[0];
  if (!category) return undefined;

  const colours = input.colours.categories;
  const { outgoing, incoming } = input.links;
  const touching = new Map<string, { links: number; questions: Set<string> }>();
  for (const node of inner.nodes) {
    for (const other of [...outgoing.get(node.id)!, ...incoming.get(node.id)!]) {
      const neighbour = input.question(other)?.category;
      if (neighbour === undefined || neighbour === categoryId) continue;
      const entry = touching.get(neighbour) ?? { links: 0, questions: new Set<string>() };
      entry.links++;
      entry.questions.add(node.id);
      touching.set(neighbour, entry);
    }
  }
  const titles = new Map(graph.categories.map((c) => [c.id, c.title]));
  const ranked = [...touching.entries()]
    .map(([id, { links, questions }]) => ({ id, title: titles.get(id) ?? id, mapUrl: mapUrl(id), swatch: colours.get(id)!, links, questions }))
    .sort((a, b) => b.links - a.links);
  const drawn = ranked.slice(0, maxNeighbours);

  // Each neighbour leans to where the questions linking with it are; the half leaning furthest left goes left.
  const position = new Map(inner.nodes.map((node) => [node.id, node]));
  const lean = (questions: Set<string>) => {
    const points = [...questions].map((id) => position.get(id)!);
    return { x: points.reduce((sum, p) => sum + p.x, 0) / points.length, y: points.reduce((sum, p) => sum + p.y, 0) / points.length };
  };
  const leaning = drawn.map((neighbour) => ({ ...neighbour, lean: lean(neighbour.questions) }));
  const byX = [...leaning].sort((a, b) => a.lean.x - b.lean.x || a.id.localeCompare(b.id));
  const left = byX.slice(0, Math.floor(byX.length / 2)).sort((a, b) => a.lean.y - b.lean.y);
  const right = byX.slice(Math.floor(byX.length / 2)).sort((a, b) => a.lean.y - b.lean.y);

  const middle = inner.height / 2;
  const column = (items: typeof leaning, x: number, labelSide: 'left' | 'right') =>
    items.map((item, row): NeighbourCategory => ({
      id: item.id,
      title: item.title,
      mapUrl: item.mapUrl,
      swatch: item.swatch,
      links: item.links,
      x,
      y: Math.round(middle + (row - (items.length - 1) / 2) * ROW_HEIGHT),
      r: Math.round(Math.min(14, 6 + 2 * Math.sqrt(item.links))),
      labelSide,
    }));
  const neighbours = [...column(left, -COLUMN_GAP, 'left'), ...column(right, inner.width + COLUMN_GAP, 'right')];
  const label = (neighbour: NeighbourCategory) => neighbourLabel(neighbour);

  const box = bounds(
    [
      { left: 0, top: 0, right: inner.width, bottom: inner.height },
      ...neighbours.flatMap((n) => {
        const width = labelWidth(label(n), NEIGHBOUR_FONT_SIZE);
        const start = n.labelSide === 'left' ? n.x - n.r - LABEL_OFFSET - width : n.x + n.r + LABEL_OFFSET;
        return [circleBox(n.x, n.y, n.r), { left: start, right: start + width, top: n.y - NEIGHBOUR_FONT_SIZE, bottom: n.y + NEIGHBOUR_FONT_SIZE / 2 }];
      }),
    ],
    margin,
  );
  const shift = <T extends { x: number; y: number; label?: MapLabel }>(item: T): T => ({
    ...item,
    x: Math.round(item.x - box.left),
    y: Math.round(item.y - box.top),
    ...(item.label ? { label: { ...item.label, y: Math.round(item.label.y - box.top) } } : {}),
  });
  return {
    width: box.width,
    height: box.height,
    nodes: inner.nodes.map(shift),
    edges: inner.edges,
    categories: inner.categories.map(shift),
    documents: [],
    neighbours: neighbours.map(shift),
    moreNeighbours: ranked.slice(maxNeighbours).map(({ id, title, mapUrl, swatch, links }) => ({ id, title, mapUrl, swatch, links })),
    exits: leaning.flatMap((neighbour) => [...neighbour.questions].map((question) => ({ from: question, to: neighbour.id }))),
  };
}

/** What a neighbour's circle is labelled with. */
export function neighbourLabel(neighbour: { title: string; links: number }): string {
  return `${neighbour.title} (${neighbour.links} ${neighbour.links === 1 ? 'link' : 'links'})`;
}
