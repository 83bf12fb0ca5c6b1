/** Re-ranks the leading candidates with what needs their words: scattered glossary phrases, adjacent query words, title fit. */
import { adjacencyBonus, isAdjacentRun } from './adjacency';
import { coverageFactor } from './coverage';
import { laneScore } from './merge-lane';
import type { Concept, SynonymSpan } from './query';
import { formMatch, type QuestionForm } from './question-form';
import type { RankingWeights } from './ranking-weights';
import type { ScoreMatrix } from './score-matrix';
import type { LaneMatches } from './symptom-lane';
import { titleFit } from './title-fit';
import type { TokenCache } from './token-cache';
import type { Ranked } from './types';

/** One search's evidence, as the earlier phases left it. */
export interface Evidence {
  matrix: ScoreMatrix;
  concepts: Concept[];
  spans: SynonymSpan[];
  needed: number[];
  neededTotal: number;
  laneMatches: LaneMatches;
  /** Idf of a term in the whole FAQ. */
  idf(term: string): number;
  /** The forms the query asks in (`how long`, `can I`, `why`), and those of each question's title. */
  forms: Set<QuestionForm>;
  formsOf(d: number): Set<QuestionForm>;
}

/**
 * The candidates' final text scores: a glossary phrase whose words are scattered over the
 * answer drops to `scatteredPhrase` of its score (or what the typed words scored there),
 * neighbouring query words that stand together add a bonus, and a title holding the query
 * multiplies the score by up to `1 + titleFit`, and a title asking in the query's form (`how long`,
 * `can I`, `why`) by up to `1 + form`. Returns them with the best text score, which
 * can only have risen.
 *
 * @param selected Touched indexes into the matrix (see `selectCandidates`).
 */
export function rerank(
  selected: number[],
  evidence: Evidence,
  tokens: TokenCache,
  bestText: number,
  weights: Pick<RankingWeights, 'scatteredPhrase' | 'identifier' | 'adjacent' | 'titleFit' | 'titleFocus' | 'laneCap' | 'coverageFloor' | 'form'>,
): { leading: Ranked[]; bestText: number } {
  const { matrix, concepts, spans, needed, neededTotal, laneMatches, forms, formsOf, idf } = evidence;
  const { scores, fallback, chosen, matched, phraseCodes, touched, base, factor } = matrix;
  const nc = matrix.conceptCount;
  const leading: Ranked[] = [];
  for (const t of selected) {
    const d = touched[t]!;
    const terms: string[][] = [];
    const conceptScores: number[] = [];
    let sum = 0;
    let covered = 0;
    let scattered = false;
    // Word positions only matter when two or more words, or a glossary phrase, could stand together.
    const positions = base[t]! > 0 && (nc > 1 || phraseCodes.size > 0) ? tokens.tokensOf(d).positions : undefined;
    for (let c = 0; c < nc; c++) {
      const code = chosen[d * nc + c]!;
      const phrase = code > 0 ? matched[code - 1]! : [];
      let score = scores[d * nc + c]!;
      if (positions && phraseCodes.has(code) && !isAdjacentRun(positions, phrase)) {
        // Scattered words do not say what the phrase says: the query word counts as covered only if it matched by itself.
        score = Math.max(score * weights.scatteredPhrase, fallback[d * nc + c]!);
        scattered = true;
        if (fallback[d * nc + c] === 0) {
          terms.push([]);
          conceptScores.push(score);
          sum += concepts[c]!.bonus ? score * weights.identifier : score;
          continue;
        }
      }
      terms.push(phrase);
      conceptScores.push(score);
      sum += concepts[c]!.bonus ? score * weights.identifier : score;
    }
    if (scattered) {
      terms.forEach((matched, c) => {
        if (matched.length > 0 && conceptScores[c]! > 0) covered += needed[c]!;
      });
    }
    const coverFactor = scattered ? coverageFactor(covered, neededTotal, weights.coverageFloor) : factor[t]!;
    const adjacent = positions ? adjacencyBonus(positions, concepts, conceptScores, terms, weights.adjacent) : 0;
    let fit = 0;
    if (base[t]! > 0) {
      // A phrasing is another title: the question fits as well as its best name does.
      for (const words of [tokens.titleWordsOf(d), ...tokens.phrasingWordsOf(d)]) {
        fit = Math.max(fit, titleFit(words, concepts, spans, needed, neededTotal, weights.titleFocus, idf));
      }
    }
    const form = base[t]! > 0 ? formMatch(forms, formsOf(d)) : 0;
    const topical = conceptScores.some((score, c) => score > 0 && !concepts[c]!.everyday && !concepts[c]!.bonus);
    const text = (sum + adjacent) * coverFactor * (1 + weights.titleFit * fit) * (1 + weights.form * form);
    bestText = Math.max(bestText, text);
    const match = laneMatches.get(d);
    const lane = laneScore(match, weights);
    leading.push({ d, text, fit, lane, topical: topical || lane > 0, score: 0, terms, labels: match?.labels ?? [] });
  }
  return { leading, bestText };
}
