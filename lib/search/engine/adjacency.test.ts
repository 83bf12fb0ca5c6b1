import { describe, expect, it } from 'vitest';
import { adjacencyBonus, isAdjacentRun } from './adjacency';
import type { Concept } from './query';

/** Positions of words as `createTokenCache` makes them, from a list of terms in one field. */
const positionsOf = (terms: string[]) => {
  const positions = new Map<string, number[]>();
  terms.forEach((term, pos) => positions.set(term, [...(positions.get(term) ?? []), pos]));
  return positions;
};
const word = (bonus = false): Concept => ({ text: '', alternatives: [], bonus, prefixes: [] });

describe('isAdjacentRun', () => {
  it.each([
    [['direct', 'captur'], true],
    [['turn', 'captur'], true],
    [['captur', 'direct'], false],
    [['how', 'captur'], false],
    [['turn', 'direct', 'captur'], true],
    [['missing', 'captur'], false],
  ])('%j in `how turn direct captur off`: %s', (terms, adjacent) => {
    expect(isAdjacentRun(positionsOf(['how', 'x', 'turn', 'direct', 'captur', 'off']), terms)).toBe(adjacent);
  });
});

describe('adjacencyBonus', () => {
  const positions = positionsOf(['refund', 'part', 'payment', 'in', 'the', 'fee']);

  it('adds `weight` times the smaller score of each neighbouring pair that stands together', () => {
    expect(adjacencyBonus(positions, [word(), word()], [2, 1], [['refund'], ['part']], 0.6)).toBeCloseTo(0.6, 12);
    expect(adjacencyBonus(positions, [word(), word(), word()], [2, 1, 3], [['refund'], ['part'], ['payment']], 0.6)).toBeCloseTo(1.2, 12);
  });

  it.each([
    ['words more than two apart', [['refund'], ['fee']]],
    ['a prefix', [['refund'], ['par*']]],
    ['a glossary phrase', [['refund'], ['part', 'payment']]],
    ['the same term twice', [['refund'], ['refund']]],
  ])('gives nothing for %s', (_, terms) => {
    expect(adjacencyBonus(positions, [word(), word()], [2, 1], terms, 0.6)).toBe(0);
  });

  it('gives nothing for a pair with a whole identifier', () => {
    expect(adjacencyBonus(positions, [word(), word(true)], [2, 1], [['refund'], ['part']], 0.6)).toBe(0);
  });
});
