/** Whether a question holds a query's words together (in its title, or in one passage of its answer) or scattered. */
import { FIELD_GAP } from './token-cache';

/** Words of an answer that count as one passage: about two sentences. */
export const PASSAGE = 24;

/** Positions in the short fields (title, symptoms, category) and the phrasings: not the answer. */
const isShortField = (position: number) => position < 3 * FIELD_GAP || position >= 4 * FIELD_GAP;

/**
 * Per query word, whether the question holds it where it says what the question is about: in the
 * title, symptoms, category or phrasings, or in the one passage of the answer (`PASSAGE` words) that
 * holds the most of the query's other words, by their needed weight. A long answer mentions many
 * words somewhere; the ones outside that passage are scattered. Words matched through a prefix (looked
 * up in the short fields alone) or not placed at all count as together.
 *
 * @param terms What matched each query word in this question (see `ScoreMatrix.matched`); empty when nothing did.
 */
export function heldTogether(positions: Map<string, number[]>, terms: string[][], needed: number[]): boolean[] {
  const together = terms.map(() => false);
  const hits: [position: number, c: number][] = [];
  terms.forEach((matched, c) => {
    const first = matched[0];
    if (first === undefined) return;
    const list = first.endsWith('*') ? undefined : positions.get(first);
    if (!list || list.length === 0 || list.some(isShortField)) {
      together[c] = true;
      return;
    }
    for (const position of list) hits.push([position, c]);
  });
  if (hits.length === 0) return together;
  hits.sort((a, b) => a[0] - b[0]);
  const inWindow = new Map<number, number>();
  let weight = 0;
  let best = { weight: -1, from: 0, to: 0 };
  let from = 0;
  for (let to = 0; to < hits.length; to++) {
    const [position, c] = hits[to]!;
    if ((inWindow.get(c) ?? 0) === 0) weight += needed[c]!;
    inWindow.set(c, (inWindow.get(c) ?? 0) + 1);
    while (position - hits[from]![0] >= PASSAGE) {
      const left = hits[from++]![1];
      const count = inWindow.get(left)! - 1;
      inWindow.set(left, count);
      if (count === 0) weight -= needed[left]!;
    }
    if (weight > best.weight) best = { weight, from, to };
  }
  for (let i = best.from; i <= best.to; i++) together[hits[i]![1]] = true;
  return together;
}
