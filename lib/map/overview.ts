import type { QuestionGraph } from '@/lib/content/types';
import { arrangeClusters, type Cluster } from './arrange';
import { bounds, circleBox, documentOutlines, documentsOf, linksBetweenCategories, outlineBoxes, placeDocuments, type MapDocument, type MapLabel } from './layout';
import { LABEL_LINE_HEIGHT, labelBox, labelWidth, wrap } from './labels';
import type { MapInput } from './input';
import type { Swatch } from './palette';
import { mapUrl } from '@/lib/routes';

/** A category on the overview: one circle, its area in proportion to its questions. */
export interface OverviewCategory {
  id: string;
  title: string;
  /** Site-relative URL of its own map (where its questions are drawn), without base path. */
  mapUrl: string;
  /** Site-relative URL of its page (its questions as a list), without base path. */
  url: string;
  document: string;
  swatch: Swatch;
  /** How many questions it has. */
  questions: number;
  /** How many links join its answers and other categories' answers, either way. */
  links: number;
  x: number;
  y: number;
  r: number;
  /** Its name under its circle, in lines of at most `maxLabelLine` characters. */
  label: MapLabel;
}

/** Links between the answers of two categories, drawn as one line, thicker for more. */
export interface OverviewLink {
  from: string;
  to: string;
  count: number;
}

export interface CategoryOverview {
  width: number;
  height: number;
  /** In graph order. */
  categories: OverviewCategory[];
  /** The lines drawn: for each category its strongest few links, each pair once, strongest first. */
  links: OverviewLink[];
  /** The documents, when there are several (else empty). */
  documents: MapDocument[];
}

export interface OverviewOptions {
  /** @defaultValue 1 */
  seed?: number;
  /** @defaultValue 24 */
  margin?: number;
  /** Lines drawn per category, its strongest links; more would tie every category to every other. @defaultValue 3 */
  linksPerCategory?: number;
  /** Characters per line of a category's name under its circle. @defaultValue 18 */
  maxLabelLine?: number;
}

/** A category of one question: still big enough to see and to tap. */
const MIN_RADIUS = 8;
/** Area per question: a category of 100 questions has a radius of 30. */
const RADIUS_PER_SQRT_QUESTION = 3;
const CLUSTER_GAP = 16;

/**
 * The map of a large site: one circle per category, its area in proportion
 * to its questions, coloured as on the question map, each to be drawn as a
 * link to the category's own map. Lines join the categories whose answers
 * link to each other most (each category's strongest `linksPerCategory`),
 * and categories with many links between them sit close. With several
 * documents, each document's categories are placed together inside an
 * outline, as on the question map. The cost grows with the categories and
 * the links between them, not with the questions.
 */
export function layoutCategoryOverview(input: MapInput, options: OverviewOptions = {}): CategoryOverview {
  const { graph, colours } = input;
  const seed = options.seed ?? 1;
  const margin = options.margin ?? 24;
  const perCategory = options.linksPerCategory ?? 3;
  const maxLine = options.maxLabelLine ?? 18;
  const counts = new Map<string, number>();
  for (const question of graph.questions) counts.set(question.category, (counts.get(question.category) ?? 0) + 1);
  const categories = graph.categories.filter((category) => counts.has(category.id));
  const pairs = linksBetweenCategories(input.links.edges, (id) => input.question(id)?.category).filter((pair) => counts.has(pair.source) && counts.has(pair.target));
  const linkTotal = new Map<string, number>();
  for (const pair of pairs) {
    linkTotal.set(pair.source, (linkTotal.get(pair.source) ?? 0) + pair.count);
    linkTotal.set(pair.target, (linkTotal.get(pair.target) ?? 0) + pair.count);
  }
  const documents = documentsOf(graph, categories);

  const placed = categories.map((category) => {
    const r = Math.max(MIN_RADIUS, Math.round(RADIUS_PER_SQRT_QUESTION * Math.sqrt(counts.get(category.id)!)));
    const label = wrap(category.title, maxLine);
    const labelHeight = label.length * LABEL_LINE_HEIGHT + 4;
    const halfWidth = Math.max(...label.map((line) => labelWidth(line))) / 2;
    // The free space is centred on the circle and the name under it, as wide as the wider of them and
    // as tall as both: a name's corners may reach past it, but they are mostly empty.
    const space = Math.max(r, halfWidth, r + labelHeight / 2) + 4;
    const body: Cluster = { id: category.id, group: category.document, r: space, x: NaN, y: NaN };
    return { category, r, label, body, lift: labelHeight / 2 };
  });
  const outlines = arrangeClusters(
    placed.map(({ body }) => body),
    pairs,
    documents.length > 1,
    { seed, gap: CLUSTER_GAP, ...documentOutlines(documents) },
  );
  const box = bounds(
    [
      ...placed.flatMap(({ r, label, body, lift }) => [
        circleBox(body.x, body.y - lift, r),
        labelBox(body.x, body.y - lift + r + LABEL_LINE_HEIGHT, label),
      ]),
      ...outlineBoxes(outlines, documents),
    ],
    margin,
  );

  const overviewCategories = placed.map(({ category, r, label, body, lift }): OverviewCategory => ({
    id: category.id,
    title: category.title,
    mapUrl: mapUrl(category.id),
    url: category.url,
    document: category.document,
    swatch: colours.categories.get(category.id)!,
    questions: counts.get(category.id)!,
    links: linkTotal.get(category.id) ?? 0,
    x: Math.round(body.x - box.left),
    y: Math.round(body.y - lift - box.top),
    r,
    label: { lines: label, y: Math.round(body.y - lift + r + LABEL_LINE_HEIGHT - box.top) },
  }));
  return {
    width: box.width,
    height: box.height,
    categories: overviewCategories,
    links: strongestLinks(pairs, perCategory),
    documents: placeDocuments(outlines, documents, colours.documents, box, overviewCategories),
  };
}

/** Each category's `perCategory` strongest links (ties in graph order), each pair once, strongest first. */
function strongestLinks(pairs: readonly { source: string; target: string; count: number }[], perCategory: number): OverviewLink[] {
  const byStrength = [...pairs].sort((a, b) => b.count - a.count);
  const taken = new Map<string, number>();
  const kept: OverviewLink[] = [];
  for (const pair of byStrength) {
    if ((taken.get(pair.source) ?? 0) >= perCategory && (taken.get(pair.target) ?? 0) >= perCategory) continue;
    taken.set(pair.source, (taken.get(pair.source) ?? 0) + 1);
    taken.set(pair.target, (taken.get(pair.target) ?? 0) + 1);
    kept.push({ from: pair.source, to: pair.target, count: pair.count });
  }
  return kept;
}
