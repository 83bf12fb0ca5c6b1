import type { Question, QuestionGraph } from '@/lib/content/types';
import { buildMapColours, type MapColours } from './colours';
import { layoutCategoryMap, type CategoryMap } from './category-map';
import { layoutQuestionGraph, type KnowledgeMap } from './layout';
import { buildLinkIndex, type LinkIndex } from './links';
import { layoutNeighbourhood, type Neighbourhood } from './neighbourhood';
import { layoutCategoryOverview, type CategoryOverview } from './overview';
import { chooseMapScale, type MapScale } from './scale';

/**
 * What every drawing of the map is made from: the graph, who links to whom, the colours, and the
 * questions by id. The `Site` is one (each worked out once per content); `createMapInput` makes one
 * from a graph alone, for the map benchmark and tests.
 */
export interface MapInput {
  graph: QuestionGraph;
  links: LinkIndex;
  colours: MapColours;
  question(id: string): Question | undefined;
}

export function createMapInput(graph: QuestionGraph): MapInput {
  const questions = new Map(graph.questions.map((question) => [question.id, question]));
  return { graph, links: buildLinkIndex(graph), colours: buildMapColours(graph), question: (id) => questions.get(id) };
}

/** Every drawing of a site's map, each laid out the first time it is asked for and then kept. */
export interface MapLayouts {
  /** Whether `/map/` draws every question or one circle per category. */
  scale: MapScale;
  /** The map of every question (a site up to FULL_MAP_LIMIT questions). */
  readonly full: KnowledgeMap;
  /** The map of one circle per category (a larger site). */
  readonly overview: CategoryOverview;
  /** A category's own map on a larger site; undefined for a category without questions. */
  category(id: string): CategoryMap | undefined;
  /** A question's neighbourhood drawing; undefined when it links nowhere and nothing links to it. */
  neighbourhood(id: string): Neighbourhood | undefined;
}

export function createMapLayouts(input: MapInput): MapLayouts {
  let full: KnowledgeMap | undefined;
  let overview: CategoryOverview | undefined;
  const categories = new Map<string, CategoryMap | undefined>();
  const neighbourhoods = new Map<string, Neighbourhood | undefined>();
  const once = <T>(cache: Map<string, T>, id: string, make: () => T): T => {
    if (!cache.has(id)) cache.set(id, make());
    return cache.get(id) as T;
  };
  return {
    scale: chooseMapScale(input.graph),
    get full() {
      return (full ??= layoutQuestionGraph(input));
    },
    get overview() {
      return (overview ??= layoutCategoryOverview(input));
    },
    category: (id) => once(categories, id, () => layoutCategoryMap(input, id)),
    neighbourhood: (id) => once(neighbourhoods, id, () => layoutNeighbourhood(input, id)),
  };
}
