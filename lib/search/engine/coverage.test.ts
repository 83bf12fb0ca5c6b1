import { describe, expect, it } from 'vitest';
import { scoreConcepts } from './concept-scores';
import { neededWeights, totalOf, weighCoverage } from './coverage';
import { createSpanScorer, phraseIdf } from './synonym-spans';
import { fixtureSearch, numberOf } from '../test-helpers';

describe('neededWeights', () => {
  it('asks of each typed word the idf of the word itself', () => {
    const { concepts, spans, postings, weights } = fixtureSearch('payment hurtigkasse ');
    const needed = neededWeights(concepts, spans, postings, weights);
    expect(needed).toEqual([postings.idf('payment'), postings.idf(concepts[1]!.alternatives[0]!.term)]);
    expect(needed[1]).toBeGreaterThan(needed[0]!);
  });

  it('asks of a word the index knows its own idf, however rare the other phrases of its glossary group', () => {
    const { concepts, spans, postings, weights } = fixtureSearch('refund ');
    // `refund` is common in the fixture; the words of its group's other phrases (`money back`, `give back`) are rarer.
    const needed = neededWeights(concepts, spans, postings, weights);
    expect(spans[0]!.phrases.length).toBeGreaterThan(1);
    expect(needed[0]).toBe(postings.idf('refund'));
  });

  it('asks for a whole identifier the FAQ holds, and nothing of its parts', () => {
    const { concepts, spans, postings, weights } = fixtureSearch('unauthorized_client ');
    const needed = neededWeights(concepts, spans, postings, weights);
    expect(concepts.map((concept) => concept.bonus)).toEqual([true, true, false]);
    expect(needed.slice(0, 2)).toEqual([0, 0]);
    expect(needed[2]).toBeGreaterThan(0);
  });

  it('asks for the parts of an identifier the FAQ does not hold whole, and nothing of the whole', () => {
    const { concepts, spans, postings, weights } = fixtureSearch('capture_refund ');
    const needed = neededWeights(concepts, spans, postings, weights);
    expect(concepts.map((concept) => concept.bonus)).toEqual([false, false, true]);
    expect(needed[2]).toBe(0);
    expect(needed[0]).toBeGreaterThan(0);
  });

  it('asks less of a word only answers hold: it is rare because it is incidental', () => {
    const { concepts, spans, postings, weights } = fixtureSearch('insufficient funds ');
    const needed = neededWeights(concepts, spans, postings, weights);
    expect(postings.term(concepts[0]!.alternatives[0]!.term).titled).toBe(0);
    expect(needed[0]).toBeCloseTo(weights.answerOnly * postings.idf(concepts[0]!.alternatives[0]!.term), 12);
  });

  it('asks of a word only the glossary knows (`duplicate`) a share of its phrase’s idf', () => {
    const { concepts, spans, postings, weights } = fixtureSearch('duplicate payment ');
    const needed = neededWeights(concepts, spans, postings, weights);
    expect(concepts[0]!.alternatives).toEqual([]);
    expect(needed[0]).toBeGreaterThan(0);
  });
});

describe('weighCoverage', () => {
  function cover(query: string) {
    const search = fixtureSearch(query);
    const { data, concepts, spans, postings, matrix, weights } = search;
    scoreConcepts(concepts, postings, matrix, weights);
    createSpanScorer(data.questions.length, weights)(spans, concepts, postings, matrix);
    const needed = neededWeights(concepts, spans, postings, weights);
    const best = weighCoverage(matrix, concepts, needed, weights);
    const at = (id: string) => [...matrix.touched.slice(0, matrix.touchedCount)].indexOf(numberOf(data, id));
    return { ...search, best, needed, factorOf: (id: string) => matrix.factor[at(id)]!, baseOf: (id: string) => matrix.base[at(id)]! };
  }

  it('leaves the score of a question holding every word whole, and floors one holding none of the rarest', () => {
    const { factorOf, weights } = cover('refund payment ');
    expect(factorOf('how-can-i-refund-a-payment')).toBe(1);
    // `payment` alone: coverage is the share of `payment` in the needed weight, squared, above the floor.
    const factor = factorOf('why-do-payments-fail');
    expect(factor).toBeGreaterThan(weights.coverageFloor);
    expect(factor).toBeLessThan(0.5);
  });

  it('returns the best text score, base times factor', () => {
    const { best, matrix } = cover('refund payment ');
    const products = [...matrix.base.slice(0, matrix.touchedCount)].map((base, t) => base * matrix.factor[t]!);
    expect(best).toBe(Math.max(...products));
  });

  it('counts the parts of a whole identifier at the identifier share', () => {
    const { baseOf, scoreOf, weights } = cover('unauthorized_client ');
    const id = 'why-do-i-get-unauthorized_client';
    expect(baseOf(id)).toBeCloseTo(weights.identifier * (scoreOf(id, 0) + scoreOf(id, 1)) + scoreOf(id, 2), 12);
  });
});

describe('totalOf', () => {
  it('adds the needed weights', () => expect(totalOf([1, 2.5, 0])).toBe(3.5));
});
