import { describe, expect, it } from 'vitest';
import { prefixWeight, scoreConcepts } from './concept-scores';
import { importFlexIndexes } from './flex-index';
import { createPostings } from './postings';
import type { Concept } from './query';
import { DEFAULT_RANKING_WEIGHTS } from './ranking-weights';
import { createScoreMatrices } from './score-matrix';
import { fixtureIndex, numberOf } from '../test-helpers';

const data = fixtureIndex();
const postings = createPostings(data, DEFAULT_RANKING_WEIGHTS, importFlexIndexes(data));

function scores(concepts: Concept[]) {
  const matrix = createScoreMatrices(data.questions.length).start(concepts.length);
  scoreConcepts(concepts, postings.forQuery(), matrix, DEFAULT_RANKING_WEIGHTS);
  const of = (id: string, c = 0) => matrix.scores[numberOf(data, id) * concepts.length + c]!;
  const matchedIn = (id: string, c = 0) => matrix.matched[matrix.chosen[numberOf(data, id) * concepts.length + c]! - 1];
  return { matrix, of, matchedIn };
}

const concept = (alternatives: [string, number][], prefixes: string[] = []): Concept => ({
  text: '',
  alternatives: alternatives.map(([term, weight]) => ({ term, weight })),
  bonus: false,
  prefixes,
});

describe('scoreConcepts', () => {
  it('scores a word in every question that holds it, touching each once', () => {
    const { matrix, of } = scores([concept([['refund', 1]])]);
    expect(matrix.touchedCount).toBe(4);
    expect(of('how-can-i-refund-a-payment')).toBeGreaterThan(of('is-it-possible-for-a-merchant-to-pay-a-user'));
    expect(of('why-does-capture-fail')).toBe(0);
  });

  it('scales a score by the weight of the alternative that gave it', () => {
    const full = scores([concept([['refund', 1]])]).of('how-can-i-refund-a-payment');
    const typo = scores([concept([['refund', 0.8]])]).of('how-can-i-refund-a-payment');
    expect(typo / full).toBeCloseTo(0.8, 10);
  });

  it('keeps per question whichever alternative or prefix scores best, and records it', () => {
    const { of, matchedIn } = scores([concept([['refund', 0.6]], ['hurtigk'])]);
    expect(matchedIn('how-can-i-refund-a-payment')).toEqual(['refund']);
    expect(matchedIn('why-does-hurtigkasse-express-checkout-fail')).toEqual(['hurtigk*']);
    expect(of('why-does-hurtigkasse-express-checkout-fail')).toBeGreaterThan(0);
  });

  it('puts each concept in its own column', () => {
    const { of } = scores([concept([['refund', 1]]), concept([['payment', 1]])]);
    expect(of('why-do-payments-fail', 0)).toBe(0);
    expect(of('why-do-payments-fail', 1)).toBeGreaterThan(0);
  });
});

describe('prefixWeight', () => {
  it('grows with the length of the prefix towards the prefix weight', () => {
    expect(prefixWeight('re', DEFAULT_RANKING_WEIGHTS)).toBeCloseTo(0.9 * (0.5 + 1 / 5), 10);
    expect(prefixWeight('refun', DEFAULT_RANKING_WEIGHTS)).toBeGreaterThan(prefixWeight('re', DEFAULT_RANKING_WEIGHTS));
    expect(prefixWeight('refun', DEFAULT_RANKING_WEIGHTS)).toBeLessThan(0.9);
  });
});
