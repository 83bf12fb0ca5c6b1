/** Reads a query into concepts (its words, with the index terms that may match each) and the glossary phrases it spells. */
import { tokenize } from './normalize';
import type { RankingWeights } from './ranking-weights';
import type { Vocabulary } from './vocabulary';

/** An index term a query word may stand for, and how much a match on it counts. */
export interface Alternative {
  term: string;
  weight: number;
}

/** One meaningful word of the query with the index terms that may match it. */
export interface Concept {
  /** The word as typed. */
  text: string;
  alternatives: Alternative[];
  /** Whole identifiers (`skipLandingPage`) reward an exact hit but are not needed for coverage: their parts are. */
  bonus: boolean;
  /** What the word may be the start of, for FlexSearch's forward-tokenised fields: folded and stemmed forms. */
  prefixes: string[];
}

/** A run of concepts that spells a glossary phrase, with the other phrases of its group (as index terms). */
export interface SynonymSpan {
  from: number;
  to: number;
  phrases: string[][];
}

export interface ParsedQuery {
  concepts: Concept[];
  spans: SynonymSpan[];
}

/** Glossary phrases by their first term. */
export type PhraseIndex = Map<string, { terms: string[]; group: string[][] }[]>;

/** Indexes the glossary's phrases (each already its index terms joined by spaces) by their first term. */
export function createPhraseIndex(synonyms: string[][]): PhraseIndex {
  const phrases: PhraseIndex = new Map();
  for (const group of synonyms) {
    const split = group.map((phrase) => phrase.split(' '));
    for (const terms of split) {
      const entry = { terms, group: split };
      const list = phrases.get(terms[0]!);
      if (list) list.push(entry);
      else phrases.set(terms[0]!, [entry]);
    }
  }
  return phrases;
}

const MAX_CONCEPTS = 24;
const PREFIX_LIMIT = 12;

/**
 * Reads a query into concepts: stopwords dropped, each word with its exact
 * term, and when the word is unknown or still being typed, the index terms it
 * is a prefix of or a typo of.
 *
 * @param open Whether the last word may still be being typed.
 * @param weights What a completion and a typo correction count against the word typed.
 */
export function parseQuery(
  query: string,
  vocabulary: Vocabulary,
  phrases: PhraseIndex,
  open: boolean,
  weights: Pick<RankingWeights, 'completion' | 'oneTypo' | 'twoTypos'>,
): ParsedQuery {
  const tokens = tokenize(query).filter((token) => !token.stop);
  const words = tokens.filter((token) => !token.compound).slice(0, MAX_CONCEPTS);
  const last = words.at(-1);
  const concepts: Concept[] = [];
  const conceptTerms: string[] = [];
  for (const token of words) {
    const typing = open && token === last;
    const alternatives = alternativesOf(token.term, token.folded, vocabulary, typing, weights);
    conceptTerms.push(token.term);
    concepts.push({ text: query.slice(token.start, token.end), alternatives, bonus: false, prefixes: prefixesOf(token.term, token.folded, vocabulary, typing) });
  }
  const spans = findSpans(conceptTerms, phrases);
  for (const token of tokens.filter((t) => t.compound).slice(0, 4)) {
    const typing = open && token.end === last?.end;
    const alternatives = alternativesOf(token.term, token.folded, vocabulary, typing, weights);
    const prefixes = prefixesOf(token.term, token.folded, vocabulary, typing);
    if (alternatives.length > 0 || prefixes.length > 0) concepts.push({ text: query.slice(token.start, token.end), alternatives, bonus: true, prefixes });
  }
  return { concepts, spans };
}

/** A word still being typed, or one the index does not know, may be the start of a longer word. */
function prefixesOf(term: string, folded: string, vocabulary: Vocabulary, typing: boolean): string[] {
  return (typing && term.length >= 2) || (!vocabulary.has(term) && term.length >= 3) ? [...new Set([folded, term])] : [];
}

function alternativesOf(
  term: string,
  folded: string,
  vocabulary: Vocabulary,
  typing: boolean,
  weights: Pick<RankingWeights, 'completion' | 'oneTypo' | 'twoTypos'>,
): Alternative[] {
  const known = vocabulary.has(term);
  const alternatives: Alternative[] = known ? [{ term, weight: 1 }] : [];
  const add = (candidate: string, weight: number) => {
    const existing = alternatives.find((a) => a.term === candidate);
    if (existing) existing.weight = Math.max(existing.weight, weight);
    else alternatives.push({ term: candidate, weight });
  };
  if ((typing && term.length >= 2) || (!known && term.length >= 3)) {
    for (const prefix of new Set([term, folded])) {
      for (const candidate of vocabulary.withPrefix(prefix, PREFIX_LIMIT)) {
        add(candidate, weights.completion * (0.5 + (0.5 * prefix.length) / candidate.length));
      }
    }
  }
  if (!known && term.length >= 4) {
    const byDistance = [1, weights.oneTypo, weights.twoTypos];
    for (const { term: candidate, distance } of vocabulary.near(term, term.length >= 8 ? 2 : 1)) {
      add(candidate, byDistance[distance] ?? 0);
    }
  }
  return alternatives;
}

/**
 * The glossary phrases the query's terms spell. A phrase inside a longer one that the query also
 * spells is left out: in `paid twice`, the group of `charged twice` says what is meant, and the
 * group of `twice` alone (`double`) would find every answer saying "double check".
 */
function findSpans(terms: string[], phrases: PhraseIndex): SynonymSpan[] {
  const spans: SynonymSpan[] = [];
  terms.forEach((term, from) => {
    for (const entry of phrases.get(term) ?? []) {
      const to = from + entry.terms.length - 1;
      if (to >= terms.length || entry.terms.some((t, i) => terms[from + i] !== t)) continue;
      const others = entry.group.filter((phrase) => phrase.join(' ') !== entry.terms.join(' '));
      spans.push({ from, to, phrases: others });
    }
  });
  return spans.filter((span) => !spans.some((other) => other.to - other.from > span.to - span.from && other.from <= span.from && other.to >= span.to));
}
