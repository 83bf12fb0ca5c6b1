/** Title fit: how much of the query a question's title (or one of its phrasings) holds, since the title says what the answer is about. */
import type { Token } from './normalize';
import type { Concept, SynonymSpan } from './query';

/**
 * How well a name of a question (its title, or a phrasing of it) fits the query, 0 to 1: the share of
 * the query, by the weight its words need for coverage, that the name holds, directly or through a
 * glossary phrase (`refund` for `give money back`), trimmed when the name is mostly about other
 * things: by `titleFocus` times the share of the name, by idf, that the query leaves unaccounted for.
 * The title says what an answer is about; the body may mention anything, and a long title may repeat
 * the query's common words.
 *
 * @param words The name's words that can match (no stopwords, no whole identifiers).
 * @param idf Idf of a term, which weighs the name's own words.
 * @param needed What each concept needs for coverage, and `neededTotal` their sum.
 * @param titleFocus Share of the fit that depends on how much of the name the query accounts for.
 */
export function titleFit(
  words: Token[],
  concepts: Concept[],
  spans: SynonymSpan[],
  needed: number[],
  neededTotal: number,
  titleFocus: number,
  idf: (term: string) => number = () => 1,
): number {
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
  let all = 0;
  let accounted = 0;
  for (const token of words) {
    const weight = idf(token.term);
    all += weight;
    if (hit.has(token.term)) accounted += weight;
  }
  const focus = all > 0 ? accounted / all : 0;
  return Math.min(share / neededTotal, 1) * (1 - titleFocus + titleFocus * focus);
}
