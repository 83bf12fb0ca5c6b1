import { describe, expect, it } from 'vitest';
import { selectCandidates } from './candidates';
import { scoreConcepts } from './concept-scores';
import { neededWeights, totalOf, weighCoverage } from './coverage';
import type { RankingWeights } from './ranking-weights';
import { queryForms, titleForms } from './question-form';
import { rerank } from './rerank';
import { createSpanScorer } from './synonym-spans';
import { fixtureSearch, numberOf } from '../test-helpers';
import { wholeSource } from './search-source';
import { createTokenCache } from './token-cache';

/** The phases up to re-ranking over the fixture, then the re-ranked text score of the question with this id. */
function textOf(query: string, id: string, weights: Partial<RankingWeights> = {}): number {
  const { data, concepts, spans, postings, matrix, weights: resolved } = fixtureSearch(query, weights);
  scoreConcepts(concepts, postings, matrix, resolved);
  createSpanScorer(data.questions.length, resolved)(spans, concepts, postings, matrix);
  const needed = neededWeights(concepts, spans, postings, resolved);
  const bestText = weighCoverage(matrix, concepts, needed, resolved);
  const laneMatches = new Map();
  const selected = selectCandidates(matrix, laneMatches, bestText, data.questions.length, resolved);
  const evidence = { matrix, concepts, spans, needed, neededTotal: totalOf(needed), laneMatches, idf: postings.idf, forms: queryForms(query), formsOf: (d: number) => titleForms(data.questions[d]!.t, data.questions[d]!.b) };
  const { leading } = rerank(selected, evidence, createTokenCache(wholeSource(data)), bestText, resolved);
  const found = leading.find((r) => r.d === numberOf(data, id));
  if (!found) throw new Error(`${id} is not among the candidates for ${query}`);
  return found.text;
}

describe('rerank', () => {
  it('multiplies the text score of a question whose title holds the query by up to 1 + titleFit', () => {
    const id = 'how-do-i-turn-direct-capture-on-or-off';
    const ratio = textOf('turn direct capture on ', id) / textOf('turn direct capture on ', id, { titleFit: 0 });
    expect(ratio).toBeGreaterThan(1.8);
    expect(ratio).toBeLessThanOrEqual(2);
  });

  it('adds a bonus when neighbouring query words stand together in the question', () => {
    const id = 'how-do-i-turn-direct-capture-on-or-off';
    expect(textOf('direct capture ', id)).toBeGreaterThan(textOf('direct capture ', id, { adjacent: 0 }));
    // `capture direct` is not how the answer puts it.
    expect(textOf('capture direct ', id)).toBe(textOf('capture direct ', id, { adjacent: 0 }));
  });

  it('discounts a glossary phrase whose words are scattered over the answer, by default to nothing', () => {
    // `refund` finds its group's `money back` in an answer that says `money` and, later, `back`.
    const id = 'why-am-i-not-sent-back-to-where-i-came-from-when-i-have-paid';
    expect(textOf('refund ', id, { scatteredPhrase: 0.5 })).toBeCloseTo(textOf('refund ', id, { scatteredPhrase: 1 }) / 2, 12);
    expect(textOf('refund ', id)).toBe(0);
  });
});
