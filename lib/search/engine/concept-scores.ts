/** Scores each query word in each question: BM25 of the best of its alternatives (the word, a completion, a typo fix) and prefixes. */
import type { Posting, QueryPostings } from './postings';
import type { Concept } from './query';
import type { RankingWeights } from './ranking-weights';
import type { ScoreMatrix } from './score-matrix';

/** What a word being typed counts when found through a prefix: more the longer the prefix, at most `weights.prefix`. */
export function prefixWeight(prefix: string, weights: Pick<RankingWeights, 'prefix'>): number {
  return weights.prefix * (0.5 + (0.5 * prefix.length) / (prefix.length + 3));
}

/**
 * Fills the matrix with each concept's score in each question FlexSearch finds for it,
 * keeping per question the best of the concept's alternatives and prefixes.
 */
export function scoreConcepts(concepts: Concept[], postings: QueryPostings, matrix: ScoreMatrix, weights: Pick<RankingWeights, 'prefix' | 'k1'>): void {
  concepts.forEach((concept, c) => {
    for (const { term, weight } of concept.alternatives) {
      const found = postings.term(term);
      if (found.docs.length === 0) continue;
      applyPosting(matrix, c, found, weight, postings.idfOf(found.docs.length), matrix.record([term]), weights.k1);
    }
    for (const prefix of concept.prefixes) {
      const found = postings.prefix(prefix);
      if (found.docs.length === 0) continue;
      applyPosting(matrix, c, found, prefixWeight(prefix, weights), postings.idfOf(found.docs.length), matrix.record([`${prefix}*`]), weights.k1);
    }
  });
}

/** BM25 of one term in each question of its posting, offered to the matrix for concept c. */
function applyPosting(matrix: ScoreMatrix, c: number, found: Posting, weight: number, termIdf: number, code: number, k1: number): void {
  for (let i = 0; i < found.docs.length; i++) {
    const wtf = found.wtf[i]!;
    const d = found.docs[i]!;
    matrix.touch(d);
    matrix.offer(d, c, weight * termIdf * (wtf / (k1 + wtf)), code);
  }
}
