import { describe, expect, it } from 'vitest';
import { importFlexIndexes } from './flex-index';
import { createPostings } from './postings';
import { DEFAULT_RANKING_WEIGHTS } from './ranking-weights';
import { stem } from './stem';
import { fixtureIndex, numberOf } from '../test-helpers';
import { questionIdOf } from './question-id';

const data = fixtureIndex();
const flex = importFlexIndexes(data);
const postings = (weights = {}) => createPostings(data, { ...DEFAULT_RANKING_WEIGHTS, ...weights }, flex).forQuery();
const weightIn = (posting: { docs: number[]; wtf: number[] }, id: string) => posting.wtf[posting.docs.indexOf(numberOf(data, id))];

describe('term', () => {
  it('finds every question holding the term, weighing a short title above a long one', () => {
    const refund = postings().term('refund');
    expect(refund.docs.map((d) => questionIdOf(data.questions[d]!)).sort()).toEqual([
      'how-can-i-refund-a-payment',
      'how-can-i-refund-only-a-part-of-a-payment',
      'how-long-does-it-take-from-a-refund-is-made-until-the-money-is-in-the-customers-account',
      'is-it-possible-for-a-merchant-to-pay-a-user',
    ]);
    expect(weightIn(refund, 'how-can-i-refund-a-payment')).toBeGreaterThan(weightIn(refund, 'how-long-does-it-take-from-a-refund-is-made-until-the-money-is-in-the-customers-account')!);
  });

  it('weighs a word seen only inside an identifier at `part` of the word itself', () => {
    const id = 'why-do-i-get-unauthorized_client';
    // `client` only ever occurs inside `unauthorized_client`.
    const half = weightIn(postings().term(stem('client')), id)!;
    const whole = weightIn(postings({ part: 1 }).term(stem('client')), id)!;
    expect(half).toBeGreaterThan(0);
    expect(half / whole).toBeCloseTo(0.5, 10);
  });

  it('finds a term in a category title for every question of the category', () => {
    const problems = postings().term(stem('problems'));
    expect(problems.docs.map((d) => questionIdOf(data.questions[d]!))).toEqual(['why-do-payments-fail', 'why-does-capture-fail', 'why-does-hurtigkasse-express-checkout-fail']);
  });

  it('lists each question once when a field weight is 0', () => {
    const refund = postings({ title: 0 }).term('refund');
    expect(new Set(refund.docs).size).toBe(refund.docs.length);
    expect(refund.docs).toHaveLength(4);
  });

  it('finds nothing for a word the FAQ lacks', () => {
    expect(postings().term('zeppelin')).toEqual({ docs: [], wtf: [], titled: 0 });
  });

  it('counts the questions holding a term in a short field, not only in the answer', () => {
    expect(postings().term('refund').titled).toBe(3);
    expect(postings().term(stem('insufficient')).titled).toBe(0);
  });
});

describe('prefix', () => {
  it('finds the questions with a word starting with it in a title, symptom or category', () => {
    expect(postings().prefix('hurtigk').docs).toEqual([numberOf(data, 'why-does-hurtigkasse-express-checkout-fail')]);
    // `Refunds` is a category: its questions hold `refu` even where their titles would not.
    expect(postings().prefix('refu').docs).toContain(numberOf(data, 'how-long-does-it-take-from-a-refund-is-made-until-the-money-is-in-the-customers-account'));
  });
});

describe('one search', () => {
  it('asks FlexSearch once per term and gives rarer terms a higher idf', () => {
    const found = postings();
    expect(found.term('refund')).toBe(found.term('refund'));
    expect(found.prefix('refu')).toBe(found.prefix('refu'));
    expect(found.idf(stem('hurtigkasse'))).toBeGreaterThan(found.idf('refund'));
    expect(found.idf('refund')).toBe(found.idfOf(4));
  });
});
