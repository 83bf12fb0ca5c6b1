/** Coverage: what each query word needs for a question to count as holding it, and the factor a question's coverage gives. */
import { prefixWeight } from './concept-scores';
import type { QueryPostings } from './postings';
import type { Concept, SynonymSpan } from './query';
import type { RankingWeights } from './ranking-weights';
import type { ScoreMatrix } from './score-matrix';
import { phraseIdf } from './synonym-spans';

/**
 * Per concept, the weight a question gains in coverage by holding it: the weighted idf of
 * the best thing that can match it (an alternative, a prefix, a glossary phrase). Whole
 * identifiers need nothing: their parts carry the query.
 */
export function neededWeights(concepts: Concept[], spans: SynonymSpan[], postings: QueryPostings, weights: Pick<RankingWeights, 'prefix' | 'synonym' | 'answerOnly'>): number[] {
  const needed = concepts.map(() => 0);
  concepts.forEach((concept, c) => {
    if (concept.bonus) return;
    // A known word being typed (`customer`) keeps the weight of the word itself for coverage: its rare
    // completions (`customerfacing`) and prefixes (looked up in the short fields alone) would overstate it.
    const typed = concept.alternatives.find((a) => a.weight === 1);
    for (const { term, weight } of typed ? [typed] : concept.alternatives) {
      const found = postings.term(term);
      // A word no title, symptom or phrasing holds is rare because it is incidental (`jacket`, `bought`), not because it is the point.
      const incidental = found.titled === 0 && !concept.identifier ? weights.answerOnly : 1;
      if (found.docs.length > 0) needed[c] = Math.max(needed[c]!, weight * incidental * postings.idfOf(found.docs.length));
    }
    if (typed) return;
    for (const prefix of concept.prefixes) {
      const found = postings.prefix(prefix);
      if (found.docs.length > 0) needed[c] = Math.max(needed[c]!, prefixWeight(prefix, weights) * postings.idfOf(found.docs.length));
    }
  });
  // A word only the glossary knows (`duplicate` in `duplicate payment`) still counts towards coverage. A word the
  // index knows keeps its own weight: a rare synonym (`buyer` for `customer`) does not make a common word rare.
  // Such a word is worth what the group's most common phrase in the FAQ is (`customer` for `kunde`), not its rarest (`buyer`).
  for (const span of spans) {
    let share = Infinity;
    for (const phrase of span.phrases) {
      if (phrase.some((term) => postings.term(term).docs.length === 0)) continue;
      share = Math.min(share, (weights.synonym * phraseIdf(phrase, postings)) / phrase.length);
    }
    if (share === Infinity) continue;
    for (let c = span.from; c <= span.to; c++) {
      if (!concepts[c]!.alternatives.some((a) => a.weight === 1 && postings.term(a.term).docs.length > 0)) needed[c] = Math.max(needed[c]!, share);
    }
  }
  return needed;
}

/**
 * Fills, per touched question, the sum of its concept scores (`base`) and the factor its
 * coverage of the query gives (`factor`): `coverageFloor` when it holds none of the needed
 * weight, rising with coverage squared to 1. Returns the best text score, `base * factor`.
 */
export function weighCoverage(matrix: ScoreMatrix, concepts: Concept[], needed: number[], weights: Pick<RankingWeights, 'identifier' | 'coverageFloor'>): number {
  const { scores, touched, base, factor } = matrix;
  const nc = matrix.conceptCount;
  const neededTotal = totalOf(needed);
  let bestText = 0;
  for (let t = 0; t < matrix.touchedCount; t++) {
    const d = touched[t]!;
    let sum = 0;
    let covered = 0;
    for (let c = 0; c < nc; c++) {
      const score = scores[d * nc + c]!;
      if (score === 0) continue;
      sum += concepts[c]!.bonus ? score * weights.identifier : score;
      covered += needed[c]!;
    }
    base[t] = sum;
    factor[t] = coverageFactor(covered, neededTotal, weights.coverageFloor);
    bestText = Math.max(bestText, sum * factor[t]!);
  }
  return bestText;
}

/** The factor a question's coverage gives: `floor` when it holds none of the needed weight, rising with coverage squared to 1. */
export function coverageFactor(covered: number, neededTotal: number, floor: number): number {
  const coverage = neededTotal > 0 ? Math.min(covered / neededTotal, 1) : 1;
  return floor + (1 - floor) * coverage * coverage;
}

/** The whole of the needed weights, which coverage and title fit are shares of. */
export function totalOf(needed: number[]): number {
  return needed.reduce((sum, weight) => sum + weight, 0);
}
