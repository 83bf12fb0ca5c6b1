import { describe, expect, it } from 'vitest';
import { scoreConcepts } from './concept-scores';
import { stem } from './stem';
import { createSpanScorer, phraseIdf } from './synonym-spans';
import { fixtureSearch, numberOf } from '../test-helpers';

function searchSpans(query: string) {
  const search = fixtureSearch(query);
  const { data, concepts, spans, postings, matrix, weights } = search;
  scoreConcepts(concepts, postings, matrix, weights);
  const before = Float64Array.from(matrix.scores);
  createSpanScorer(data.questions.length, weights)(spans, concepts, postings, matrix);
  const beforeOf = (id: string, c: number) => before[numberOf(data, id) * concepts.length + c]!;
  return { ...search, beforeOf };
}

const refundPayment = 'how-can-i-refund-a-payment';
const chargedTwice = 'why-has-one-of-my-customers-been-charged-twice-for-the-same-payment';

describe('createSpanScorer', () => {
  it('scores a phrase the FAQ does not use (`give money back`) where another of its group (`refund`) stands', () => {
    const { scoreOf, matchedIn, beforeOf } = searchSpans('give money back');
    expect(beforeOf(refundPayment, 0)).toBe(0);
    // The phrase's score is spread evenly over the three words it stands for.
    expect(scoreOf(refundPayment, 0)).toBeGreaterThan(0);
    expect(scoreOf(refundPayment, 1)).toBe(scoreOf(refundPayment, 0));
    expect(scoreOf(refundPayment, 2)).toBe(scoreOf(refundPayment, 0));
    expect(matchedIn(refundPayment, 0)).toEqual(['refund']);
  });

  it('replaces what the typed words scored when the phrase beats it, keeping that as a fallback', () => {
    const { scoreOf, matchedIn, beforeOf, matrix, data, concepts } = searchSpans('paid twice');
    const chargedTwiceTerms = [stem('charged'), stem('twice')];
    expect(matchedIn(chargedTwice, 0)).toEqual(chargedTwiceTerms);
    expect(scoreOf(chargedTwice, 0) + scoreOf(chargedTwice, 1)).toBeGreaterThan(beforeOf(chargedTwice, 0) + beforeOf(chargedTwice, 1));
    const at = numberOf(data, chargedTwice) * concepts.length;
    expect(beforeOf(chargedTwice, 1)).toBeGreaterThan(0);
    expect(matrix.fallback[at + 1]).toBe(beforeOf(chargedTwice, 1));
    // A phrase of two words must stand together to count in full; that is checked later, by its code.
    expect(matrix.phraseCodes.has(matrix.chosen[at]!)).toBe(true);
  });

  it('leaves questions that hold only some of a phrase’s words alone', () => {
    const { scoreOf, beforeOf } = searchSpans('paid twice');
    // The answer about being sent back says `paid` but not `charged`.
    const sentBack = 'why-am-i-not-sent-back-to-where-i-came-from-when-i-have-paid';
    expect(scoreOf(sentBack, 0)).toBe(beforeOf(sentBack, 0));
  });
});

describe('phraseIdf', () => {
  it('sums the idf of the phrase’s terms', () => {
    const { postings } = fixtureSearch('');
    expect(phraseIdf(['refund', 'payment'], postings)).toBe(postings.idf('refund') + postings.idf('payment'));
  });
});
