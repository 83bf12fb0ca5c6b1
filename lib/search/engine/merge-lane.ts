/** Puts the text ranking and the error-code lane on one scale, and orders the results by it. */
import type { RankingWeights } from './ranking-weights';
import type { Ranked } from './types';

/** What the lane gives a question: the score of the symptoms the query named there, capped. */
export function laneScore(match: { score: number } | undefined, weights: Pick<RankingWeights, 'laneCap'>): number {
  return Math.min(match?.score ?? 0, weights.laneCap);
}

/** A question's score: its text score relative to the best text match, plus the lane's score at `weights.lane`. */
export function mergedScore(text: number, bestText: number, lane: number, weights: Pick<RankingWeights, 'lane'>): number {
  return (bestText > 0 ? text / bestText : 0) + weights.lane * lane;
}

/**
 * Scores the re-ranked candidates and returns the best `limit`, best first, ties to the lower question
 * number. A candidate left with no score (its only evidence a glossary phrase scattered over it) is dropped,
 * and so is one that matched only everyday words when others matched what the query is about.
 */
export function rankResults(leading: Ranked[], bestText: number, limit: number, weights: Pick<RankingWeights, 'lane' | 'titleMeaning'>): Ranked[] {
  for (const r of leading) r.score = r.text > 0 || r.lane > 0 ? mergedScore(r.text, bestText, r.lane, weights) + weights.titleMeaning * r.fit : 0;
  const anyTopical = leading.some((r) => r.topical && r.score > 0);
  return leading
    .filter((r) => r.score > 0 && (r.topical || !anyTopical))
    .sort((a, b) => b.score - a.score || a.d - b.d)
    .slice(0, limit);
}
