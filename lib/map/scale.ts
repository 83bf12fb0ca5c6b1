import type { QuestionGraph } from '@/lib/content/types';

/**
 * The most questions `/map/` draws one by one. Past it the whole map would
 * weigh hundreds of kilobytes and show circles a pixel wide, so `/map/`
 * draws one circle per category instead, each leading to that category's
 * own map. At 300 questions the full map page's own markup is about 18 KB
 * gzipped (`npm run bench:map`), so under 50 KB as exported.
 */
export const FULL_MAP_LIMIT = 300;

/** What `/map/` draws: every question, or one circle per category. */
export type MapScale = 'questions' | 'categories';

/**
 * Whether a graph's map draws its questions or its categories: questions up
 * to `limit`, categories past it, unless there is only one category (its
 * questions are then the only map there is).
 */
export function chooseMapScale(graph: QuestionGraph, limit: number = FULL_MAP_LIMIT): MapScale {
  if (graph.questions.length <= limit) return 'questions';
  return new Set(graph.questions.map((question) => question.category)).size > 1 ? 'categories' : 'questions';
}
