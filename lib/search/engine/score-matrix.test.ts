import { describe, expect, it } from 'vitest';
import { createScoreMatrices } from './score-matrix';

describe('createScoreMatrices', () => {
  it('keeps the best score offered for a concept in a question, with the code of what gave it', () => {
    const matrices = createScoreMatrices(3);
    const matrix = matrices.start(2);
    const weak = matrix.record(['refund']);
    const strong = matrix.record(['refu*']);
    matrix.touch(2);
    matrix.offer(2, 1, 0.5, weak);
    matrix.offer(2, 1, 0.9, strong);
    matrix.offer(2, 1, 0.7, weak);
    expect(matrix.scores[2 * 2 + 1]).toBe(0.9);
    expect(matrix.matched[matrix.chosen[2 * 2 + 1]! - 1]).toEqual(['refu*']);
  });

  it('lists each touched question once, in the order found', () => {
    const matrix = createScoreMatrices(5).start(1);
    for (const d of [3, 1, 3, 4, 1]) matrix.touch(d);
    expect([...matrix.touched.slice(0, matrix.touchedCount)]).toEqual([3, 1, 4]);
    expect(matrix.has(3)).toBe(true);
    expect(matrix.has(0)).toBe(false);
  });

  it('starts the next search clear, whatever the number of concepts', () => {
    const matrices = createScoreMatrices(4);
    const first = matrices.start(3);
    first.touch(3);
    first.offer(3, 2, 1, first.record(['capture']));
    matrices.finish(first);
    const second = matrices.start(2);
    expect(second.touchedCount).toBe(0);
    expect(second.has(3)).toBe(false);
    expect([...second.scores].every((score) => score === 0)).toBe(true);
    expect(second.matched).toEqual([]);
  });
});
