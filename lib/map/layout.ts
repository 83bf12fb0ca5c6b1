import type { Question, QuestionGraph } from '@/lib/content/types';
import { arrangeClusters, type Cluster } from './arrange';
import { centre, separate, settle, type Body, type BodyLink } from './force';
import { DOCUMENT_LABEL_FONT_SIZE, LABEL_LINE_HEIGHT, labelBox, labelWidth, QUESTION_LABEL_FONT_SIZE, QUESTION_LABEL_LINE_HEIGHT, wrap } from './labels';
import type { MapInput } from './input';
import type { Swatch } from './palette';

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
  /** Its title under its circle, centred on x, on a map of at most LABELLED_MAP_LIMIT questions. */
  label?: MapLabel;
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
  document: string;
  swatch: Swatch;
  /** Centre of the cluster, and the radius of the space it keeps free (its label included). */
  x: number;
  y: number;
  r: number;
  /**
   * The category's name over its questions, centred on x, the first line's baseline at y (more lines
   * follow below). Undefined when its document's outline already says it (the document's only category,
   * of the same name).
   */
  label?: MapLabel;
  /**
   * Ids of its questions in the document's order, as the FAQ file has them: the map as a list reads
   * like the FAQ. (Tab walks the drawing in `KnowledgeMap.nodes` order instead: rows, then left to right.)
   */
  questions: string[];
}

/** A name written on the map, in one or two lines. */
export interface MapLabel {
  lines: string[];
  y: number;
}

/** An FAQ document on a map of several: an outline around its categories in its hue, its title above. */
export interface MapDocument {
  id: string;
  title: string;
  url: string;
  /** Its hue (slot in MAP_PALETTE); its categories have that hue's shades. */
  hue: number;
  /** Centre and radius of the outline. */
  x: number;
  y: number;
  r: number;
  /** Baseline of its title, centred on x above the outline. */
  labelY: number;
  /** Its categories on this map, in map order. */
  categories: string[];
}

export interface KnowledgeMap {
  width: number;
  height: number;
  /** Grouped by category in graph order, and in reading order (rows, then left to right) inside one. */
  nodes: MapNode[];
  edges: MapEdge[];
  /** Categories that have questions, in graph order. */
  categories: MapCategory[];
  /** The documents, when the map draws categories of several (else empty: one FAQ needs no outline). */
  documents: MapDocument[];
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
  /**
   * Draw only these categories' questions. Sizes, link counts and colours
   * still come from the whole graph, so a question looks the same on every map.
   * @defaultValue every category
   */
  categories?: readonly string[];
}

/**
 * The most questions a map writes each one's title on: past a handful, circles alone are identical
 * dots that say nothing until hovered, and up to this many the titles still fit at a size one can read.
 */
export const LABELLED_MAP_LIMIT = 20;
/** Characters per line of a question's title under its circle (two lines at most). */
const QUESTION_LABEL_LINE = 24;
/** Space between a question's circle and its title. */
const QUESTION_LABEL_GAP = 3;

/** Radius of a question with no backlinks; it grows with the square root of its backlinks so area tracks the count. */
const BASE_RADIUS = 5;
const RADIUS_PER_BACKLINK = 3;
/** Space between two questions' circles. */
const NODE_GAP = 4;
/** Space between two clusters, and above one for its category label. */
const CLUSTER_GAP = 28;
const LABEL_SPACE = 18;
/** Room above a document's outline for its title. */
const DOCUMENT_LABEL_SPACE = 26;
/**
 * Characters per line of a category's name on a map of several FAQs, where a
 * name as wide as its cluster's free space would spread each document thin.
 * (A map of one FAQ writes names on one line, as it always has.)
 */
const GROUPED_LABEL_LINE = 20;
/** Space between a document's categories and its outline, and between two documents. */
const DOCUMENT_PADDING = 10;
const DOCUMENT_GAP = 32;

/** Node radius for a number of backlinks. */
export function nodeRadius(backlinks: number): number {
  return round(BASE_RADIUS + RADIUS_PER_BACKLINK * Math.sqrt(backlinks), 1);
}

/**
 * Lays the question graph out for the knowledge map, in levels: each
 * category's questions are placed around their own centre by a small force
 * simulation (links pull, circles never overlap), then the category circles
 * are placed so that categories with many cross-links sit close together and
 * no two circles overlap. On a site of several FAQs, each document's
 * categories are placed together first and enclosed by an outline, then the
 * documents are placed the same way. Small simulations settle in few steps,
 * so this stays fast at 10,000 questions; all coordinates are whole units.
 */
export function layoutQuestionGraph(input: MapInput, options: MapLayoutOptions = {}): KnowledgeMap {
  const { graph, colours } = input;
  const seed = options.seed ?? 1;
  const ticks = options.ticks ?? 120;
  const margin = options.margin ?? 24;
  const only = options.categories ? new Set(options.categories) : undefined;
  const { outgoing, incoming, edges: allEdges } = input.links;
  const drawn = only ? graph.questions.filter((question) => only.has(question.category)) : graph.questions;
  const categoryOf = new Map(drawn.map((question) => [question.id, question.category]));
  const edges = only ? allEdges.filter((edge) => categoryOf.has(edge.from) && categoryOf.has(edge.to)) : allEdges;

  const { categories, members } = clusterMembers(graph, drawn);
  const documents = documentsOf(graph, categories);
  const grouped = documents.length > 1;
  // A document's only category, named after it: the outline's title says both.
  const unlabelled = new Set(
    grouped
      ? documents.flatMap((document) => {
          const own = categories.filter((category) => category.document === document.id);
          return own.length === 1 && own[0]!.title === document.title ? [own[0]!.id] : [];
        })
      : [],
  );

  const titled = drawn.length <= LABELLED_MAP_LIMIT;
  const clusters = categories.map((category) => {
    const inside = edges.filter((edge) => categoryOf.get(edge.from) === category.id && categoryOf.get(edge.to) === category.id);
    const lines = unlabelled.has(category.id) ? [] : grouped ? wrap(category.title, GROUPED_LABEL_LINE) : [category.title];
    const marks = members.get(category.id)!.map((question) => questionMark(question, incoming.get(question.id)!.length, titled));
    return { category, ...settleCluster(category, marks, inside, lines, { ticks, seed }) };
  });

  const outlines = arrangeClusters(
    clusters.map(({ cluster }) => cluster),
    linksBetweenCategories(edges, (id) => categoryOf.get(id)),
    grouped,
    { seed, gap: CLUSTER_GAP, ...documentOutlines(documents) },
  );

  // The drawing's bounds: every question's circle, every name and outline, not the clusters' free space.
  const box = bounds(
    [
      ...clusters.flatMap(({ marks, label, cluster }) => [
        ...marks.flatMap((mark) => markBoxes(mark, cluster.x + mark.body.x, cluster.y + mark.body.y)),
        ...(label ? [labelBox(cluster.x, cluster.y + label.y, label.lines)] : []),
      ]),
      ...outlineBoxes(outlines, documents),
    ],
    margin,
  );

  const nodes: MapNode[] = [];
  const mapCategories: MapCategory[] = [];
  for (const { category, marks, label, cluster } of clusters) {
    const placed = marks.map(({ body, r, lines }): MapNode => {
      const question = input.question(body.id)!;
      const y = Math.round(cluster.y + body.y - box.top);
      return {
        id: body.id,
        x: Math.round(cluster.x + body.x - box.left),
        y,
        r,
        category: category.id,
        title: question.title,
        url: question.url,
        backlinks: incoming.get(body.id)!.length,
        links: outgoing.get(body.id)!.length,
        ...(lines.length > 0 ? { label: { lines, y: y + questionLabelBaseline(r) } } : {}),
      };
    });
    placed.sort(readingOrder);
    nodes.push(...placed);
    mapCategories.push({
      id: category.id,
      title: category.title,
      url: category.url,
      document: category.document,
      swatch: colours.categories.get(category.id)!,
      x: Math.round(cluster.x - box.left),
      y: Math.round(cluster.y - box.top),
      r: Math.round(cluster.r),
      ...(label ? { label: { lines: label.lines, y: Math.round(cluster.y + label.y - box.top) } } : {}),
      questions: members.get(category.id)!.map((question) => question.id),
    });
  }
  const mapDocuments = placeDocuments(outlines, documents, colours.documents, box, mapCategories);
  return { width: box.width, height: box.height, nodes, edges: [...edges], categories: mapCategories, documents: mapDocuments };
}

/** The categories a map draws, in graph order, each with its questions; a question whose category is not listed gets a cluster of its own. */
function clusterMembers(graph: QuestionGraph, drawn: readonly Question[]) {
  const members = new Map<string, Question[]>();
  for (const question of drawn) {
    const list = members.get(question.category) ?? [];
    list.push(question);
    members.set(question.category, list);
  }
  const listed = new Set(graph.categories.map((category) => category.id));
  const categories = [
    ...graph.categories.map(({ id, title, url, document }) => ({ id, title, url, document })),
    ...[...members.keys()].filter((id) => !listed.has(id)).map((id) => ({ id, title: id, url: '', document: members.get(id)![0]!.document })),
  ].filter((category) => members.has(category.id));
  return { categories, members };
}

/** A question as a map draws it: its circle, its title's lines (none on a larger map), and the body the simulation moves. */
interface QuestionMark {
  r: number;
  lines: string[];
  /** Its circle, or on a titled map the circle around its circle and the title under it, so no two titles overlap. */
  body: Body;
}

function questionMark(question: Question, backlinks: number, titled: boolean): QuestionMark {
  const r = nodeRadius(backlinks);
  const lines = titled ? wrap(question.title, QUESTION_LABEL_LINE) : [];
  const reach = lines.length > 0 ? Math.hypot(Math.max(...lines.map((line) => labelWidth(line, QUESTION_LABEL_FONT_SIZE))) / 2, r + QUESTION_LABEL_GAP + lines.length * QUESTION_LABEL_LINE_HEIGHT) : r;
  return { r, lines, body: { id: question.id, r: reach, x: NaN, y: NaN } };
}

/** The first baseline of a question's title, below its centre. */
function questionLabelBaseline(r: number): number {
  return Math.round(r + QUESTION_LABEL_GAP + QUESTION_LABEL_FONT_SIZE);
}

/** What a question takes on the drawing at (x, y): its circle, and its title when it has one. */
function markBoxes({ r, lines }: QuestionMark, x: number, y: number): Box[] {
  return [circleBox(x, y, r), ...(lines.length > 0 ? [labelBox(x, y + questionLabelBaseline(r), lines, QUESTION_LABEL_FONT_SIZE, QUESTION_LABEL_LINE_HEIGHT)] : [])];
}

/**
 * One category's questions settled around its centre (links pull, circles never overlap; nor do
 * titles on a titled map), and the circle its cluster takes with its name over it.
 */
function settleCluster(
  category: { id: string; document: string },
  marks: readonly QuestionMark[],
  inside: readonly MapEdge[],
  lines: string[],
  { ticks, seed }: { ticks: number; seed: number },
) {
  const bodies = marks.map((mark) => mark.body);
  settle(bodies, inside.map((edge) => ({ source: edge.from, target: edge.to })), { ticks, seed, gap: NODE_GAP });
  if (marks.some((mark) => mark.lines.length > 0)) {
    // The collide force only gets close; a title over another's would be unreadable.
    separate(bodies, NODE_GAP);
    centre(bodies);
  }
  const extent = Math.max(...bodies.map((body) => Math.hypot(body.x, body.y) + body.r));
  // The name sits over what is drawn (the top circle), not over the room kept for titles below the circles.
  const top = Math.min(...marks.map((mark) => mark.body.y - mark.r));
  const more = Math.max(0, lines.length - 1) * LABEL_LINE_HEIGHT;
  const radius = lines.length > 0 ? Math.max(extent + LABEL_SPACE + more, Math.max(...lines.map((line) => labelWidth(line))) / 2 + NODE_GAP * 2) : extent + NODE_GAP;
  const cluster: Cluster = { id: category.id, group: category.document, r: radius, x: NaN, y: NaN };
  return { marks, label: lines.length > 0 ? { lines, y: top - 6 - more } : undefined, cluster };
}

/** How many question links join each pair of categories, either way; links inside a category are left out. */
export function linksBetweenCategories(edges: readonly MapEdge[], categoryOf: (questionId: string) => string | undefined): (BodyLink & { count: number })[] {
  const between = new Map<string, BodyLink & { count: number }>();
  for (const edge of edges) {
    const a = categoryOf(edge.from);
    const b = categoryOf(edge.to);
    if (a === undefined || b === undefined || a === b) continue;
    const key = a < b ? `${a}\n${b}` : `${b}\n${a}`;
    const pair = between.get(key) ?? { source: a, target: b, count: 0 };
    pair.count++;
    between.set(key, pair);
  }
  return [...between.values()];
}

/** The documents a map's categories belong to, in the order of their first category. */
export function documentsOf(graph: QuestionGraph, categories: readonly { document: string }[]): { id: string; title: string; url: string }[] {
  return [...new Set(categories.map((category) => category.document))].map((id) => graph.documents.find((document) => document.id === id) ?? { id, title: id, url: '' });
}

/** How every map sets the outlines of several documents apart: gaps, padding and room for each title. */
export function documentOutlines(documents: readonly { id: string; title: string }[]) {
  return {
    groupGap: DOCUMENT_GAP,
    groupPadding: DOCUMENT_PADDING,
    groupLabelSpace: DOCUMENT_LABEL_SPACE,
    groupLabelWidth: (id: string) => labelWidth(documents.find((document) => document.id === id)!.title, DOCUMENT_LABEL_FONT_SIZE),
  };
}

/** The boxes of the documents' outlines and their titles, for a drawing's bounds. */
export function outlineBoxes(outlines: readonly { id: string; x: number; y: number; r: number }[], documents: readonly { id: string; title: string }[]): Box[] {
  return outlines.flatMap((outline) => [
    circleBox(outline.x, outline.y, outline.r),
    labelBox(outline.x, documentLabelY(outline), [documents.find((d) => d.id === outline.id)!.title], DOCUMENT_LABEL_FONT_SIZE),
  ]);
}

/** Baseline of a document's title: just above its outline. */
/** Each document's outline as drawn: moved into the drawing's box, with its hue and the categories inside it. */
export function placeDocuments(
  outlines: readonly { id: string; x: number; y: number; r: number }[],
  documents: readonly { id: string; title: string; url: string }[],
  hues: ReadonlyMap<string, number>,
  box: { left: number; top: number },
  categories: readonly { id: string; document: string }[],
): MapDocument[] {
  return outlines.map((outline) => {
    const document = documents.find((d) => d.id === outline.id)!;
    return {
      id: document.id,
      title: document.title,
      url: document.url,
      hue: hues.get(document.id) ?? 0,
      x: Math.round(outline.x - box.left),
      y: Math.round(outline.y - box.top),
      r: Math.round(outline.r),
      labelY: Math.round(documentLabelY(outline) - box.top),
      categories: categories.filter((category) => category.document === document.id).map((category) => category.id),
    };
  });
}

export function documentLabelY(outline: { y: number; r: number }): number {
  return outline.y - outline.r - 8;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function circleBox(x: number, y: number, r: number): Box {
  return { left: x - r, right: x + r, top: y - r, bottom: y + r };
}

/** The box around all boxes plus a margin, with its size in whole units. */
export function bounds(boxes: readonly Box[], margin: number): { left: number; top: number; width: number; height: number } {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const box of boxes) {
    left = Math.min(left, box.left);
    top = Math.min(top, box.top);
    right = Math.max(right, box.right);
    bottom = Math.max(bottom, box.bottom);
  }
  return { left: left - margin, top: top - margin, width: Math.ceil(right - left + 2 * margin), height: Math.ceil(bottom - top + 2 * margin) };
}

/** Rows a node's height apart, then left to right: the order Tab visits a cluster's questions. */
function readingOrder(a: { x: number; y: number }, b: { x: number; y: number }): number {
  const row = BASE_RADIUS * 3;
  return Math.floor(a.y / row) - Math.floor(b.y / row) || a.x - b.x;
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
