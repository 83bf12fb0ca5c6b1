/** Picks the leading candidates, the few questions worth re-ranking, by a first score of text and lane. */
import type { LaneMatches } from './symptom-lane';
import { laneScore, mergedScore } from './merge-lane';
import type { RankingWeights } from './ranking-weights';
import type { ScoreMatrix } from './score-matrix';

/**
 * Fills each touched question's preliminary score (its covered text score against the
 * best, plus the lane; -1 when `include` leaves it out) and returns the touched indexes
 * of the `count` best. Adjacency and title fit only reorder close scores, so they are
 * checked for these alone (on ties, the first questions), which also bounds how many
 * answers get tokenised.
 */
export function selectCandidates(
  matrix: ScoreMatrix,
  laneMatches: LaneMatches,
  bestText: number,
  count: number,
  weights: Pick<RankingWeights, 'lane' | 'laneCap'>,
  include?: (d: number) => boolean,
): number[] {
  const { touched, base, factor, preliminary } = matrix;
  let candidateCount = 0;
  for (let t = 0; t < matrix.touchedCount; t++) {
    const d = touched[t]!;
    if (include && !include(d)) {
      preliminary[t] = -1;
      continue;
    }
    preliminary[t] = mergedScore(base[t]! * factor[t]!, bestText, laneScore(laneMatches.get(d), weights), weights);
    candidateCount++;
  }
  return candidateCount > 0 ? topIndexes(preliminary, touched, matrix.touchedCount, count) : [];
}

/**
 * Indexes of the `count` largest positive values among the first `length`, ties going to
 * the lower question number. One pass with a short sorted list: the lists here are
 * thousands long and `count` is a few dozen.
 */
export function topIndexes(values: Float64Array, docs: Int32Array, length: number, count: number): number[] {
  const top: number[] = [];
  const before = (a: number, b: number) => values[a]! > values[b]! || (values[a] === values[b] && docs[a]! < docs[b]!);
  for (let t = 0; t < length; t++) {
    if (values[t]! <= 0) continue;
    if (top.length === count && !before(t, top[count - 1]!)) continue;
    let at = top.length === count ? count - 1 : top.length;
    while (at > 0 && before(t, top[at - 1]!)) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = t;
  }
  return top;
}
