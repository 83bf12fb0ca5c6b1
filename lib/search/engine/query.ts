/** Reads a query into concepts (its words, with the index terms that may match each) and the glossary phrases it spells. */
import { tokenize, type Token } from './normalize';
import { findQuantities } from './quantity';
import { stem } from './stem';
import type { RankingWeights } from './ranking-weights';
import type { Vocabulary } from './vocabulary';

/** An index term a query word may stand for, and how much a match on it counts. */
export interface Alternative {
  term: string;
  weight: number;
  /** How it came from the word typed: a completion of it or a correction of a typo; the word itself when absent. */
  from?: 'completion' | 'typo';
}

/** One meaningful word of the query with the index terms that may match it. */
export interface Concept {
  /** The word as typed. */
  text: string;
  alternatives: Alternative[];
  /**
   * Adds to a question's score at `identifier` share without being needed for coverage: an identifier the index
   * does not hold whole (its parts carry the query), or a part of one it does hold (`skip` in `skipLandingPage`).
   */
  bonus: boolean;
  /** Whether it is a whole identifier (`skipLandingPage`), which someone typed on purpose, however rarely the FAQ says it. */
  identifier?: boolean;
  /** What the word may be the start of, for FlexSearch's forward-tokenised fields: folded and stemmed forms. */
  prefixes: string[];
  /** Whether it is an everyday word (`says`, `tried`, `yesterday`), which says nothing of what an answer is about, however rare in the FAQ. */
  everyday?: true;
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
 * Words a whole question is padded with (`we want to know if …`, `is that possible`, `on our side`):
 * they say how someone asks, not what about. Dropped from a query that has at least
 * `FILLER_AFTER` other words, so that a short query of them still searches.
 */
const FILLER = new Set(
  (
    'want wants wanted wanting like know tell think wonder wondering wondered able possible allowed way ' +
    'still already actually really even exactly ok okay hi hello hey thanks thank regards anyone someone somebody ' +
    'something anything everything thing things stuff simply basically currently finally kind bit lot lots side ' +
    'hei takk lurer gjerne egentlig fortsatt'
  ).split(' '),
);
const FILLER_AFTER = 4;

/**
 * Everyday words: verbs of saying, seeing and trying, and adverbs of time. They tell how something came
 * about, never what an answer is about: a result that matched only these (and filler) is no answer when
 * another matched the query's topic (`says` in "customer says they paid twice"). Verbs that name what
 * people do with a product (`use`, `keep`, `turn`, `send`) are topics in some FAQ, so they are not here.
 * Read through the stemmer, so each form stands for its inflections.
 */
const EVERYDAY = new Set(
  (
    'say said tell told ask go went gone come came see saw seen look know knew think thought seem try tried happen hear heard ' +
    'ever never always often sometimes now today yesterday tomorrow soon later already ' +
    'sier fikk gikk kom komme ser sett tenke tro prove skjer'
  )
    .split(' ')
    .map(stem),
);
/** A query of more words than this is a whole question rather than keywords. */
const LONG_QUERY = 6;

/**
 * Norwegian definite and plural endings (`kunden`, `avtalen`, `beløpet`, `pengene`), with what the
 * word may have been without them, longest first. Tried only on a word the index and the glossary
 * do not know, so English words ending in `-en` or `-et` are never touched.
 */
const NORWEGIAN_ENDINGS: [ending: string, replacement: string][] = [
  ['ene', 'er'],
  ['ene', 'e'],
  ['ene', ''],
  ['en', 'e'],
  ['en', ''],
  ['et', 'e'],
  ['et', ''],
  ['a', 'e'],
  ['a', ''],
  ['er', 'e'],
  ['er', ''],
];

/**
 * The words of a query's tokens that are searched for: not stopwords, not the whole of an identifier
 * (its parts are words), and no filler when the query has enough other words; at most `MAX_CONCEPTS`.
 */
export function searchedWords(tokens: Token[]): Token[] {
  const words = tokens.filter((token) => !token.stop && !token.compound);
  const content = words.filter((token) => !FILLER.has(token.folded));
  return (content.length >= FILLER_AFTER ? content : words).slice(0, MAX_CONCEPTS);
}

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
  const all = tokenize(query);
  // Only the query's very last word may still be being typed: in `capture type do I` the stopwords after `type` end it.
  const lastEnd = all.at(-1)?.end ?? -1;
  const tokens = all.filter((token) => !token.stop);
  const words = searchedWords(all);
  const concepts: Concept[] = [];
  const conceptTerms: string[] = [];
  // `90 days` is one concept, the answers stating a number of days; the number alone is no word to find.
  const quantities = new Map<Token, { number: Token; keys: [string, string] }>();
  const numbers = new Set<Token>();
  for (const quantity of findQuantities(all)) {
    quantities.set(all[quantity.unit]!, { number: all[quantity.number]!, keys: quantity.keys });
    for (let i = quantity.number; i < quantity.unit; i++) numbers.add(all[i]!);
  }
  for (const token of words) {
    if (numbers.has(token)) continue;
    const quantity = quantities.get(token);
    if (quantity) {
      const alternatives = [
        { term: quantity.keys[0], weight: 1 },
        { term: quantity.keys[1], weight: weights.completion * 0.8 },
        ...(vocabulary.has(token.term) ? [{ term: token.term, weight: 0.5 }] : []),
      ].filter((alternative) => vocabulary.has(alternative.term));
      conceptTerms.push(token.term);
      concepts.push({ text: query.slice(quantity.number.start, token.end), alternatives, bonus: false, prefixes: [] });
      continue;
    }
    const typing = open && token.end === lastEnd;
    const known = typing ? undefined : norwegianBase(token, vocabulary, phrases);
    const term = known?.term ?? token.term;
    const folded = known?.folded ?? token.folded;
    // A word the glossary knows (`kunde`) is found through its group, not corrected into a neighbour (`fund`).
    const glossaryWord = !vocabulary.has(term) && glossaryTerms(phrases).has(term);
    // In a whole question, an unknown short word is more often a word the FAQ does not use (`sofa`) than a
    // typo of one it does (`soft`): typos are looked for in long words only, one edit away.
    const typos = glossaryWord ? 0 : words.length > LONG_QUERY ? (term.length >= 6 ? 1 : 0) : 2;
    const alternatives = glossaryWord && !typing ? [] : alternativesOf(term, folded, vocabulary, typing, weights, typos);
    conceptTerms.push(term);
    const concept: Concept = { text: query.slice(token.start, token.end), alternatives, bonus: false, prefixes: glossaryWord && !typing ? [] : prefixesOf(term, folded, vocabulary, typing) };
    if (EVERYDAY.has(term) || FILLER.has(folded)) concept.everyday = true;
    concepts.push(concept);
  }
  const spans = findSpans(conceptTerms, phrases);
  const wordCount = concepts.length;
  const conceptWords = words.filter((token) => !numbers.has(token));
  for (const token of tokens.filter((t) => t.compound).slice(0, 4)) {
    const typing = open && token.end === lastEnd;
    const alternatives = alternativesOf(token.term, token.folded, vocabulary, typing, weights);
    const prefixes = prefixesOf(token.term, token.folded, vocabulary, typing);
    if (alternatives.length === 0 && prefixes.length === 0) continue;
    // An identifier the FAQ holds whole (`skipLandingPage`) is what the query asks about, and its parts only
    // add to it; one the FAQ only holds in parts (`skip the landing page`) is found through them.
    const whole = vocabulary.has(token.term);
    if (whole) {
      conceptWords.slice(0, wordCount).forEach((word, c) => {
        if (word.start >= token.start && word.end <= token.end) concepts[c]!.bonus = true;
      });
    }
    concepts.push({ text: query.slice(token.start, token.end), alternatives, bonus: !whole, identifier: true, prefixes });
  }
  return { concepts, spans };
}

/**
 * For a word neither the index nor the glossary knows, the form without a Norwegian ending that
 * one of them does know (`nettbutikken` → `nettbutikk`, `betalingen` → `betaling`), if any.
 */
function norwegianBase(token: Token, vocabulary: Vocabulary, phrases: PhraseIndex): { term: string; folded: string } | undefined {
  const glossary = glossaryTerms(phrases);
  if (vocabulary.has(token.term) || glossary.has(token.term) || token.folded.length < 5 || /\d/.test(token.folded)) return undefined;
  for (const [ending, replacement] of NORWEGIAN_ENDINGS) {
    if (!token.folded.endsWith(ending)) continue;
    const folded = token.folded.slice(0, -ending.length) + replacement;
    if (folded.length < 3) continue;
    const term = stem(folded);
    if (vocabulary.has(term) || glossary.has(term)) return { term, folded };
  }
  return undefined;
}

const GLOSSARY_TERMS = new WeakMap<PhraseIndex, Set<string>>();

/** Every term of every glossary phrase. */
function glossaryTerms(phrases: PhraseIndex): Set<string> {
  let terms = GLOSSARY_TERMS.get(phrases);
  if (!terms) {
    terms = new Set([...phrases.values()].flat().flatMap((entry) => entry.terms));
    GLOSSARY_TERMS.set(phrases, terms);
  }
  return terms;
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
  maxTypos = 2,
): Alternative[] {
  const known = vocabulary.has(term);
  const alternatives: Alternative[] = known ? [{ term, weight: 1 }] : [];
  const add = (candidate: string, weight: number, from: Alternative['from']) => {
    const existing = alternatives.find((a) => a.term === candidate);
    if (existing) existing.weight = Math.max(existing.weight, weight);
    else alternatives.push({ term: candidate, weight, from });
  };
  if ((typing && term.length >= 2) || (!known && term.length >= 3)) {
    for (const prefix of new Set([term, folded])) {
      for (const candidate of vocabulary.withPrefix(prefix, PREFIX_LIMIT)) {
        add(candidate, weights.completion * (0.5 + (0.5 * prefix.length) / candidate.length), 'completion');
      }
    }
  }
  if (maxTypos > 0 && !known && term.length >= 4) {
    const byDistance = [1, weights.oneTypo, weights.twoTypos];
    for (const { term: candidate, distance } of vocabulary.near(term, Math.min(maxTypos, term.length >= 8 ? 2 : 1))) {
      add(candidate, byDistance[distance] ?? 0, 'typo');
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
