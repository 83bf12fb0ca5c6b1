import { getQuestionGraph } from './content/load';
import { createGraphIndex } from './content/navigation';

/** Base path the export is served under ('' at a domain root). */
export const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

export const siteName = 'FAQ Navigator';

/** The graph and its look-ups, for server components. */
export function getSite() {
  const graph = getQuestionGraph();
  return { graph, ...createGraphIndex(graph) };
}
