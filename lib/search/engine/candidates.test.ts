import { describe, expect, it } from 'vitest';
import { selectCandidates, topIndexes } from './candidates';
import { DEFAULT_RANKING_WEIGHTS } from './ranking-weights';
import { createScoreMatrices } from './score-matrix';

describe('topIndexes', () => {
  it('gives the indexes of the largest positive values, ties to the lower question number', () => {
    const values = Float64Array.from([0.5, 2, -1, 0, 2, 1]);
    const docs = Int32Array.from([10, 30, 11, 12, 20, 13]);
    expect(topIndexes(values, docs, 6, 3)).toEqual([4, 1, 5]);
    expect(topIndexes(values, docs, 6, 10)).toEqual([4, 1, 5, 0]);
    expect(topIndexes(values, docs, 2, 10)).toEqual([1, 0]);
  });
});

describe('selectCandidates', () => {
  function matrixWith(texts: [d: number, base: number][]) {
    const matrix = createScoreMatrices(10).start(1);
    texts.forEach(([d, base], t) => {
      matrix.touch(d);
      matrix.base[t] = base;
      matrix.factor[t] = 1;
    });
    return matrix;
  }

  it('ranks by text against the best plus the lane, and returns touched indexes', () => {
    const matrix = matrixWith([
      [4, 1],
      [7, 2],
      [9, 0],
    ]);
    const lane = new Map([[9, { score: 0.8, labels: ['HTTP 401 Unauthorized'] }]]);
    expect(selectCandidates(matrix, lane, 2, 5, DEFAULT_RANKING_WEIGHTS)).toEqual([1, 2, 0]);
    expect([...matrix.preliminary.slice(0, 3)]).toEqual([0.5, 1, 0.8]);
  });

  it('leaves out what `include` rejects, and finds nothing when it rejects all', () => {
    const matrix = matrixWith([
      [4, 1],
      [7, 2],
    ]);
    expect(selectCandidates(matrix, new Map(), 2, 5, DEFAULT_RANKING_WEIGHTS, (d) => d === 4)).toEqual([0]);
    expect(matrix.preliminary[1]).toBe(-1);
    expect(selectCandidates(matrix, new Map(), 2, 5, DEFAULT_RANKING_WEIGHTS, () => false)).toEqual([]);
  });
});
