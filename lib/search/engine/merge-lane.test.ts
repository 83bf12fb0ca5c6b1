import { describe, expect, it } from 'vitest';
import { laneScore, mergedScore, rankResults } from './merge-lane';
import { DEFAULT_RANKING_WEIGHTS } from './ranking-weights';
import type { Ranked } from './types';

const ranked = (d: number, text: number, lane: number, fit = 0, topical = true): Ranked => ({ d, text, fit, lane, topical, score: 0, terms: [], labels: [] });

describe('laneScore', () => {
  it('caps what the lane gives one question', () => {
    expect(laneScore({ score: 0.4 }, DEFAULT_RANKING_WEIGHTS)).toBe(0.4);
    expect(laneScore({ score: 2.4 }, DEFAULT_RANKING_WEIGHTS)).toBe(1.5);
    expect(laneScore(undefined, DEFAULT_RANKING_WEIGHTS)).toBe(0);
  });
});

describe('mergedScore', () => {
  it('adds the lane to the text score relative to the best text match', () => {
    expect(mergedScore(2, 4, 1, DEFAULT_RANKING_WEIGHTS)).toBe(1.5);
    expect(mergedScore(2, 4, 1, { lane: 0 })).toBe(0.5);
    expect(mergedScore(0, 0, 1, DEFAULT_RANKING_WEIGHTS)).toBe(1);
  });
});

describe('rankResults', () => {
  it('puts a question whose title names the error above a better text match', () => {
    const results = rankResults([ranked(0, 4, 0), ranked(1, 1, 1)], 4, 10, DEFAULT_RANKING_WEIGHTS);
    expect(results.map((r) => [r.d, r.score])).toEqual([
      [1, 1.25],
      [0, 1],
    ]);
  });

  it('adds what the title means to the score, and drops a candidate with no evidence left', () => {
    const results = rankResults([ranked(0, 4, 0), ranked(1, 3, 0, 0.5), ranked(2, 0, 0, 0.5)], 4, 10, DEFAULT_RANKING_WEIGHTS);
    expect(results.map((r) => [r.d, r.score])).toEqual([
      [1, 0.75 + DEFAULT_RANKING_WEIGHTS.titleMeaning * 0.5],
      [0, 1],
    ]);
  });

  it('leaves out a result that matched only everyday words when another matched the topic, but not when none did', () => {
    expect(rankResults([ranked(0, 4, 0), ranked(1, 3, 0, 0.2, false)], 4, 10, DEFAULT_RANKING_WEIGHTS).map((r) => r.d)).toEqual([0]);
    expect(rankResults([ranked(0, 4, 0, 0, false), ranked(1, 3, 0, 0, false)], 4, 10, DEFAULT_RANKING_WEIGHTS).map((r) => r.d)).toEqual([0, 1]);
  });

  it('keeps the best `limit`, ties going to the lower question number', () => {
    const results = rankResults([ranked(5, 1, 0), ranked(2, 1, 0), ranked(7, 2, 0)], 2, 2, DEFAULT_RANKING_WEIGHTS);
    expect(results.map((r) => r.d)).toEqual([7, 2]);
  });
});
