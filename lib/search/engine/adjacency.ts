/** Word adjacency: whether terms stand together in a question, and the bonus for query words that do. */
import type { Concept } from './query';

/** Whether the terms occur in order, each at most two positions after the previous one, in one field. */
export function isAdjacentRun(positions: Map<string, number[]>, terms: string[]): boolean {
  const starts = positions.get(terms[0]!) ?? [];
  return starts.some((start) => {
    let at = start;
    for (const term of terms.slice(1)) {
      const next = (positions.get(term) ?? []).find((p) => p > at && p - at <= 2);
      if (next === undefined) return false;
      at = next;
    }
    return true;
  });
}

/**
 * The bonus of neighbouring query words that stand together in the question: per pair,
 * `weight` times the smaller of their scores. Pairs involving a whole identifier, a
 * prefix or a glossary phrase, or the same term twice, are skipped.
 *
 * @param terms What matched each concept in this question, as in `ScoreMatrix.matched`.
 * @param scores Each concept's score in this question.
 */
export function adjacencyBonus(positions: Map<string, number[]>, concepts: Concept[], scores: number[], terms: string[][], weight: number): number {
  let bonus = 0;
  for (let c = 0; c + 1 < concepts.length; c++) {
    if (concepts[c]!.bonus || concepts[c + 1]!.bonus) continue;
    const a = terms[c]!;
    const b = terms[c + 1]!;
    if (a.length !== 1 || b.length !== 1 || a[0] === b[0] || a[0]!.endsWith('*') || b[0]!.endsWith('*')) continue;
    if (isAdjacentRun(positions, [a[0]!, b[0]!])) bonus += weight * Math.min(scores[c]!, scores[c + 1]!);
  }
  return bonus;
}
