import { forceCollide, forceLink, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { QuestionGraph } from '@/lib/content/types';
import { buildLinkIndex } from './links';
import { CATEGORY_PALETTE } from './palette';
import { createRandom } from '@/lib/random';

/** A question drawn on the map. Coordinates are in the map's own units (SVG user units). */
export interface MapNode {
  id: string;
  x: number;
  y: number;
  r: number;
  category: string;
  title: string;
  /** Site-relative URL of the question page, without base path. */
  url: string;
  /** How many other questions link to this one; the node's size grows with it. */
  backlinks: number;
  /** How many other questions this one links to. */
  links: number;
}

/** A cross-link between two questions, drawn as a line. */
export interface MapEdge {
  from: string;
  to: string;
}

/** A category: one coloured cluster of the map. */
export interface MapCategory {
  id: string;
  title: string;
  url: string;
  /** Slot in CATEGORY_PALETTE; categories past the last slot wrap around. */
  colour: number;
  /** Centre of the cluster, and the radius of the space it keeps free (its label included). */
  x: number;
  y: number;
  r: number;
  /** Where the category's name is written: centred on x, baseline at labelY, above its questions. */
  labelY: number;
  /** Ids of its questions in map order (the order keyboard users Tab through). */
  questions: string[];
}

export interface KnowledgeMap {
  width: number;
  height: number;
  /** Grouped by category in graph order, and in reading order (rows, then left to right) inside one. */
  nodes: MapNode[];
  edges: MapEdge[];
  /** Categories that have questions, in graph order. */
  categories: MapCategory[];
}

export interface MapLayoutOptions {
  /**
   * Seed of the simulations' random source (d3-force only uses it to jiggle
   * coincident nodes apart); the same graph and seed give the same map.
   * @defaultValue 1
   */
  seed?: number;
  /** Simulation steps per category cluster. @defaultValue 120 */
  ticks?: number;
  /** Empty space around the drawing. @defaultValue 24 */
  margin?: number;
}

/** Radius of a question with no backlinks; it grows with the square root of its backlinks so area tracks the count. */
const BASE_RADIUS = 5;
const RADIUS_PER_BACKLINK = 3;
/** Space between two questions' circles. */
const NODE_GAP = 4;
/** Space between two clusters, and above one for its category label. */
const CLUSTER_GAP = 28;
const LABEL_SPACE = 18;
/** Label font size and the average width of one of its characters, for room to write a category's name. */
export const LABEL_FONT_SIZE = 12;
const LABEL_CHAR_WIDTH = LABEL_FONT_SIZE * 0.58;

/**
 * The palette slot of each category that has questions: categories take the
 * slots in graph order, so a category has the same colour on every map.
 */
export function buildCategoryColours(graph: QuestionGraph): Map<string, number> {
  const used = new Set(graph.questions.map((question) => question.category));
  const ids = [...graph.categories.map((category) => category.id), ...used].filter((id, at, all) => used.has(id) && all.indexOf(id) === at);
  return new Map(ids.map((id, slot) => [id, slot % CATEGORY_PALETTE.length]));
}

/** Node radius for a number of backlinks. */
export function nodeRadius(backlinks: number): number {
  return round(BASE_RADIUS + RADIUS_PER_BACKLINK * Math.sqrt(backlinks), 1);
}

/** A circle the simulations move; x and y start as NaN so d3-force places them on its fixed spiral. */
interface Body extends SimulationNodeDatum {
  id: string;
  r: number;
  x: number;
  y: number;
}

/**
 * Lays the question graph out for the knowledge map, in two levels: each
 * category's questions are placed around their own centre by a small force
 * simulation (links pull, circles never overlap), then the category circles
 * are placed so that categories with many cross-links sit close together and
 * no two circles overlap. Small simulations settle in few steps, so this
 * stays fast at 10,000 questions; all coordinates are rounded to whole units.
 */
export function layoutQuestionGraph(graph: QuestionGraph, options: MapLayoutOptions = {}): KnowledgeMap {
  const seed = options.seed ?? 1;
  const ticks = options.ticks ?? 120;
  const margin = options.margin ?? 24;
  const { outgoing, incoming, edges } = buildLinkIndex(graph);
  const categoryOf = new Map(graph.questions.map((question) => [question.id, question.category]));

  const members = new Map<string, typeof graph.questions>();
  for (const question of graph.questions) {
    const list = members.get(question.category) ?? [];
    list.push(question);
    members.set(question.category, list);
  }
  // Questions whose category is not listed still get drawn, in a cluster of their own.
  const categories = [
    ...graph.categories.map((category) => ({ id: category.id, title: category.title, url: category.url })),
    ...[...members.keys()].filter((id) => !graph.categories.some((category) => category.id === id)).map((id) => ({ id, title: id, url: '' })),
  ].filter((category) => members.has(category.id));

  const colours = buildCategoryColours(graph);
  const clusters = categories.map((category) => {
    const questions = members.get(category.id)!;
    const bodies: Body[] = questions.map((question) => ({ id: question.id, r: nodeRadius(incoming.get(question.id)!.length), x: NaN, y: NaN }));
    const inside = edges.filter((edge) => categoryOf.get(edge.from) === category.id && categoryOf.get(edge.to) === category.id);
    settle(bodies, inside.map((edge) => ({ source: edge.from, target: edge.to })), { ticks, seed });
    const extent = Math.max(...bodies.map((body) => Math.hypot(body.x, body.y) + body.r));
    const top = Math.min(...bodies.map((body) => body.y - body.r));
    const radius = Math.max(extent + LABEL_SPACE, (category.title.length * LABEL_CHAR_WIDTH) / 2 + NODE_GAP * 2);
    return { category, bodies, labelY: top - 6, cluster: { id: category.id, r: radius, x: NaN, y: NaN } as Body };
  });

  const between = new Map<string, { source: string; target: string; count: number }>();
  for (const edge of edges) {
    const a = categoryOf.get(edge.from)!;
    const b = categoryOf.get(edge.to)!;
    if (a === b) continue;
    const key = a < b ? `${a}\n${b}` : `${b}\n${a}`;
    const pair = between.get(key) ?? { source: a, target: b, count: 0 };
    pair.count++;
    between.set(key, pair);
  }
  const circles = clusters.map(({ cluster }) => cluster);
  settle(circles, [...between.values()], { ticks: 300, seed, gap: CLUSTER_GAP, linkStrength: (count) => Math.min(0.5, 0.05 * count) });
  separate(circles, CLUSTER_GAP);

  // The drawing's bounds: every question's circle and every category's name, not the clusters' free space.
  const extents = clusters.flatMap(({ category, bodies, labelY, cluster }) => {
    const half = (category.title.length * LABEL_CHAR_WIDTH) / 2;
    return [
      ...bodies.map((body) => ({ left: cluster.x + body.x - body.r, right: cluster.x + body.x + body.r, top: cluster.y + body.y - body.r, bottom: cluster.y + body.y + body.r })),
      { left: cluster.x - half, right: cluster.x + half, top: cluster.y + labelY - LABEL_FONT_SIZE, bottom: cluster.y + labelY },
    ];
  });
  const minX = Math.min(...extents.map((e) => e.left)) - margin;
  const minY = Math.min(...extents.map((e) => e.top)) - margin;
  const maxX = Math.max(...extents.map((e) => e.right)) + margin;
  const maxY = Math.max(...extents.map((e) => e.bottom)) + margin;

  const byId = new Map(graph.questions.map((question) => [question.id, question]));
  const nodes: MapNode[] = [];
  const mapCategories: MapCategory[] = [];
  for (const { category, bodies, labelY, cluster } of clusters) {
    const placed = bodies.map((body) => {
      const question = byId.get(body.id)!;
      return {
        id: body.id,
        x: Math.round(cluster.x + body.x - minX),
        y: Math.round(cluster.y + body.y - minY),
        r: body.r,
        category: category.id,
        title: question.title,
        url: question.url,
        backlinks: incoming.get(body.id)!.length,
        links: outgoing.get(body.id)!.length,
      };
    });
    placed.sort(readingOrder);
    nodes.push(...placed);
    mapCategories.push({
      id: category.id,
      title: category.title,
      url: category.url,
      colour: colours.get(category.id)!,
      x: Math.round(cluster.x - minX),
      y: Math.round(cluster.y - minY),
      r: Math.round(cluster.r),
      labelY: Math.round(cluster.y + labelY - minY),
      questions: placed.map((node) => node.id),
    });
  }
  return { width: Math.ceil(maxX - minX), height: Math.ceil(maxY - minY), nodes, edges: [...edges], categories: mapCategories };
}

/**
 * Runs a force simulation to rest, synchronously: links pull their ends
 * together, circles (radius plus `gap`) push apart, and a weak pull to the
 * origin keeps the result round. The cooling schedule is stretched over
 * `ticks` steps, so fewer ticks still end at rest.
 */
function settle(
  bodies: Body[],
  links: { source: string; target: string; count?: number }[],
  options: { ticks: number; seed: number; gap?: number; linkStrength?: (count: number) => number },
): void {
  if (bodies.length < 2) {
    for (const body of bodies) Object.assign(body, { x: 0, y: 0 });
    return;
  }
  const gap = options.gap ?? NODE_GAP;
  const radius = new Map(bodies.map((body) => [body.id, body.r]));
  const simulation = forceSimulation(bodies)
    .randomSource(createRandom(options.seed))
    .alphaDecay(1 - Math.pow(0.001, 1 / options.ticks))
    .force(
      'link',
      forceLink<Body, { source: string | Body; target: string | Body; count?: number }>(links.map((link) => ({ ...link })))
        .id((body) => body.id)
        .distance((link) => (radius.get(idOf(link.source)) ?? 0) + (radius.get(idOf(link.target)) ?? 0) + gap * 2)
        .strength((link) => (options.linkStrength ? options.linkStrength(link.count ?? 1) : 0.3)),
    )
    .force('collide', forceCollide<Body>((body) => body.r + gap / 2).iterations(2))
    .force('x', forceX<Body>(0).strength(0.06))
    .force('y', forceY<Body>(0).strength(0.06))
    .stop();
  simulation.tick(options.ticks);
  // Centre the result on the origin, so a cluster's radius is measured from its middle.
  const cx = (Math.min(...bodies.map((b) => b.x - b.r)) + Math.max(...bodies.map((b) => b.x + b.r))) / 2;
  const cy = (Math.min(...bodies.map((b) => b.y - b.r)) + Math.max(...bodies.map((b) => b.y + b.r))) / 2;
  for (const body of bodies) {
    body.x -= cx;
    body.y -= cy;
  }
}

/** Pushes overlapping circles apart until none overlap; the collide force alone only gets close. */
function separate(circles: Body[], gap: number): void {
  for (let pass = 0; pass < 200; pass++) {
    let moved = false;
    for (let i = 0; i < circles.length; i++) {
      for (let j = i + 1; j < circles.length; j++) {
        const a = circles[i]!;
        const b = circles[j]!;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const distance = Math.hypot(dx, dy);
        const overlap = a.r + b.r + gap - distance;
        if (overlap <= 0.5) continue;
        moved = true;
        // Coincident centres: part them along a fixed direction so the result stays deterministic.
        const [ux, uy] = distance > 1e-6 ? [dx / distance, dy / distance] : [1, 0];
        a.x -= (ux * overlap) / 2;
        a.y -= (uy * overlap) / 2;
        b.x += (ux * overlap) / 2;
        b.y += (uy * overlap) / 2;
      }
    }
    if (!moved) return;
  }
}

/** Rows a node's height apart, then left to right: the order Tab visits a cluster's questions. */
function readingOrder(a: { x: number; y: number }, b: { x: number; y: number }): number {
  const row = BASE_RADIUS * 3;
  return Math.floor(a.y / row) - Math.floor(b.y / row) || a.x - b.x;
}

function idOf(end: string | Body): string {
  return typeof end === 'string' ? end : end.id;
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

