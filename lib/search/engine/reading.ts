/**
 * What a query was read as, for the reader to see: every word typed, in order; the other words it was
 * searched by (glossary phrases, abbreviations the FAQ defines, typo corrections, completions), marked
 * as such; and the identifiers and quoted messages no answer mentions, so a list of partial matches is
 * never taken for an answer about them.
 */
import { fold, tokenize, type Token } from './normalize';
import { searchedWords, type Concept } from './query';
import type { QuestionTokens } from './token-cache';
import type { Ranked } from './types';
import type { Vocabulary } from './vocabulary';

/** A word of the query as typed; `ignored` when it says how someone asks (`the`, `when`, `we want to know`), not what about. */
export interface ReadWord {
  text: string;
  ignored?: true;
}

/** How a word the query did not spell came to be searched for. */
export type ExpansionKind = 'glossary' | 'abbreviation' | 'spelling' | 'completion';

/** A word or phrase the results matched instead of one typed: `money back` for `refund` (glossary). */
export interface Expansion {
  /** As the answer writes it. */
  text: string;
  /** The word typed it stands for. */
  for: string;
  kind: ExpansionKind;
}

export interface QueryReading {
  words: ReadWord[];
  /** What the leading results matched in place of words typed, first seen first. */
  expansions: Expansion[];
  /** Identifiers (`ERR_PNPM_NO_MATCHING_VERSION`, `AADSTS700016`), quoted messages and named statuses or codes that no answer contains. */
  missing: string[];
}

/** Every word of a query, in order: an identifier whole (`unauthorized_client`), the rest one by one. */
export function readWords(query: string): ReadWord[] {
  const tokens = tokenize(query);
  const searched = new Set(searchedWords(tokens));
  const words: ReadWord[] = [];
  let inside: Token | undefined;
  for (const token of tokens) {
    if (inside && token.part && token.end <= inside.end) continue;
    inside = token.compound ? token : undefined;
    const text = query.slice(token.start, token.end);
    words.push(token.compound || searched.has(token) ? { text } : { text, ignored: true });
  }
  return words;
}

const RAW_WORD = /[\p{L}\p{N}]+(?:[._-][\p{L}\p{N}]+)*/gu;
/**
 * A token copied from a log or from code rather than a word: one holding `_` or a digit after a letter
 * (`ERR_PNPM_…`, `AADSTS700016`, `Session-00100`), written in camel case (`skipLandingPage`), an exception
 * or error class (`TypeError`), or a system error (`ENOENT`). Words, however capitalised (`HTTP`), are not.
 */
const IDENTIFIER = /^\p{L}.*(?:_|\p{L}-?\d|\p{Ll}\p{Lu}|\p{L}(?:Exception|Error)$)|^E[A-Z]{3,}$/u;
const QUOTED = /"([^"]{3,160})"|“([^”]{3,160})”/g;

/**
 * The identifiers and quoted messages of a query that no answer contains. An identifier is missing when
 * the index does not hold it whole (its parts may be everywhere: `pnpm` in `ERR_PNPM_…`); a quoted
 * message when one of its words is in no answer.
 */
export function missingFrom(query: string, vocabulary: Pick<Vocabulary, 'has'>): string[] {
  const missing: string[] = [];
  const add = (text: string) => {
    if (!missing.includes(text)) missing.push(text);
  };
  for (const m of query.matchAll(QUOTED)) {
    const message = (m[1] ?? m[2])!.trim();
    const words = tokenize(message).filter((token) => !token.stop && !token.compound);
    if (words.length >= 2 && words.some((token) => !vocabulary.has(token.term))) add(message);
  }
  const outsideQuotes = query.replace(QUOTED, ' ');
  for (const [raw] of outsideQuotes.matchAll(RAW_WORD)) {
    if (!IDENTIFIER.test(raw)) continue;
    const [whole] = tokenize(raw);
    if (whole && !vocabulary.has(whole.term)) add(raw);
  }
  return missing;
}

/**
 * How a result matched a concept with `matched` (its index terms, a prefix `refu*`, or a glossary phrase):
 * undefined when by the word typed.
 *
 * @param abbreviation Whether a phrase comes from an abbreviation the FAQ defines rather than the glossary.
 */
export function expansionKind(concept: Concept, matched: readonly string[], abbreviation: (phrase: string) => boolean): ExpansionKind | undefined {
  if (matched.length === 0) return undefined;
  if (matched.length === 1) {
    const [term] = matched as [string];
    if (term.endsWith('*')) return undefined;
    const alternative = concept.alternatives.find((a) => a.term === term);
    if (alternative) return alternative.from === 'typo' ? 'spelling' : alternative.from;
  }
  return abbreviation(matched.join(' ')) ? 'abbreviation' : 'glossary';
}

/** Results whose matches make the expansions shown: the ones a reader looks at. */
const LEADING = 5;

/**
 * What the leading results matched in place of words typed, as their answers write it: `money back`
 * (glossary) for `refund`, `capture` (spelling) for `captrue`, `apim` (completion) for `api`.
 *
 * @param textOf The title and answer of question d with their tokens, if loaded.
 * @param abbreviation Whether a glossary phrase (as index terms) is an abbreviation the FAQ defines.
 */
export function expansionsOf(
  ranked: readonly Pick<Ranked, 'd' | 'terms'>[],
  concepts: readonly Concept[],
  textOf: (d: number) => { title: string; body: string; tokens: Pick<QuestionTokens, 'title' | 'body'> } | undefined,
  abbreviation: (phrase: string) => boolean,
): Expansion[] {
  const expansions: Expansion[] = [];
  const seen = new Map<string, Expansion>();
  for (const result of ranked.slice(0, LEADING)) {
    const question = textOf(result.d);
    if (!question) continue;
    // The words of the title and the answer, read once per result and only when some concept needs them.
    let words: ReturnType<typeof wordsOf> | undefined;
    result.terms.forEach((matched, c) => {
      const concept = concepts[c];
      if (!concept) return;
      // Most matches are by the word typed: those need no looking for their surface at all.
      const kind = matched.length === 1 && matched[0]!.endsWith('*') ? 'completion' : expansionKind(concept, matched, abbreviation);
      if (!kind) return;
      words ??= wordsOf(question);
      const surface = surfaceOf(matched, words);
      if (!surface || fold(surface) === fold(concept.text)) return;
      const key = fold(surface);
      const known = seen.get(key);
      // A glossary phrase stands for the run of words that spelled it: `charged twice` for `paid twice`.
      if (known) {
        if (!known.for.split(' ').includes(concept.text)) known.for += ` ${concept.text}`;
        return;
      }
      const expansion = { text: surface, for: concept.text, kind };
      seen.set(key, expansion);
      expansions.push(expansion);
    });
  }
  return expansions;
}

/** The searched words of a question's title and answer (no stopwords, no whole identifiers), with their texts. */
function wordsOf(question: { title: string; body: string; tokens: Pick<QuestionTokens, 'title' | 'body'> }): [words: Token[], text: string][] {
  return [
    [question.tokens.title.filter((token) => !token.stop && !token.compound), question.title],
    [question.tokens.body.filter((token) => !token.stop && !token.compound), question.body],
  ];
}

/** Where the title or the answer says what matched, as written there: a run of words for a phrase, a word for a term or a prefix. */
function surfaceOf(matched: readonly string[], fields: [words: Token[], text: string][]): string | undefined {
  if (matched.length === 0) return undefined;
  for (const [words, text] of fields) {
    for (let i = 0; i + matched.length <= words.length; i++) {
      if (matched.every((term, j) => matches(words[i + j]!, term))) return text.slice(words[i]!.start, words[i + matched.length - 1]!.end);
    }
  }
  return undefined;
}

function matches(token: Token, term: string): boolean {
  return term.endsWith('*') ? token.folded.startsWith(term.slice(0, -1)) || token.term.startsWith(term.slice(0, -1)) : token.term === term;
}
