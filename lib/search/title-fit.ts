/** Title fit: how much of the query a question's title holds, since the title says what the answer is about. */
import type { Token } from './normalize';
import type { Concept, SynonymSpan } from './query';

/**
 * How well a title fits the query, 0 to 1: the share of the query, by the idf its
 * words need for coverage, that the title holds, directly or through a glossary
 * phrase (`refund` for `give money back`), trimmed a little when the title is
 * mostly about other things. The title says what an answer is about; the body
 * may mention anything, and a long title may repeat the query's common words.
 *
 * @param words The title's words that can match (see `TokenCache.titleWordsOf`).
 * @param needed What each concept needs for coverage, and `neededTotal` their sum.
 * @param titleFocus Share of the fit that depends on how much of the title the query accounts for.
 */
export function titleFit(words: Token[], concepts: Concept[], spans: SynonymSpan[], needed: number[], neededTotal: number, titleFocus: number): number {
  if (words.length === 0 || neededTotal <= 0) return 0;
  const held = new Set(words.map((token) => token.term));
  const hit = new Set<string>();
  const covered = concepts.map((concept) => {
    let found = false;
    for (const { term } of concept.alternatives) {
      if (!held.has(term)) continue;
      hit.add(term);
      found = true;
    }
    for (const prefix of concept.prefixes) {
      for (const term of held) {
        if (!term.startsWith(prefix)) continue;
        hit.add(term);
        found = true;
      }
    }
    return found;
  });
  for (const span of spans) {
    const phrase = span.phrases.find((terms) => terms.every((term) => held.has(term)));
    if (!phrase) continue;
    for (const term of phrase) hit.add(term);
    for (let c = span.from; c <= span.to; c++) covered[c] = true;
  }
  let share = 0;
  covered.forEach((isCovered, c) => {
    if (isCovered && !concepts[c]!.bonus) share += needed[c]!;
  });
  const focus = words.filter((token) => hit.has(token.term)).length / words.length;
  return Math.min(share / neededTotal, 1) * (1 - titleFocus + titleFocus * focus);
}
