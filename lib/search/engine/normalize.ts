import { stem } from './stem';
import { isStopword } from './stopwords';

/** A word of a text as the index sees it. */
export interface Token {
  /** Folded and stemmed term. */
  term: string;
  /** Folded, unstemmed form. */
  folded: string;
  /** Position in the text; parts of an identifier take consecutive positions. */
  pos: number;
  /** [start, end) in the original text. */
  start: number;
  end: number;
  stop: boolean;
  /** The whole of an identifier such as `unauthorized_client` or `skipLandingPage`, emitted besides its parts. */
  compound: boolean;
  /** One part of such an identifier. */
  part: boolean;
}

const SPECIAL_LETTERS: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th' };
const SPECIAL = /[øæœßłđðþ]/g;
const MARKS = /\p{M}+/gu;
/** A word, or an identifier whose parts are joined by `_ . - / :` or an apostrophe. */
const WORD = /[\p{L}\p{N}]+(?:[._\-/:'’][\p{L}\p{N}]+)*/gu;
const SEPARATORS = /[._\-/:]+/;
const CAMEL = /(?<=\p{Ll})(?=\p{Lu})/u;
/** Whether a word may hold several parts; most words do not, and skip the splitting. */
const SPLITTABLE = /[._\-/:]|\p{Ll}\p{Lu}/u;
const ASCII = /^[\x00-\x7f]*$/;

/** Lower case without diacritics: `Brønnøysund` → `bronnoysund`, `på` → `pa`, `Æ` → `ae`. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (ASCII.test(lower)) return lower;
  return lower.replace(SPECIAL, (c) => SPECIAL_LETTERS[c] ?? c).normalize('NFD').replace(MARKS, '');
}

/**
 * Splits text into tokens. An identifier (`unauthorized_client`, `skipLandingPage`,
 * `portal.vipps.no`, `3-D`) yields one compound token for the whole and one per part,
 * so `skip landing page` finds `skipLandingPage` and the reverse.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const word = stripApostrophe(match[0]);
    // `can't` reads as `cant` but still spans all five characters of the text.
    const end = start + (word.length < match[0].length && match[0].startsWith(word) ? word.length : match[0].length);
    const parts = SPLITTABLE.test(word) ? word.split(SEPARATORS).flatMap((part) => part.split(CAMEL)).filter(Boolean) : [word];
    if (parts.length > 1) {
      const folded = fold(parts.join(''));
      tokens.push({ term: stem(folded), folded, pos, start, end, stop: false, compound: true, part: false });
      let offset = start;
      for (const part of parts) {
        const partStart = text.indexOf(part, offset);
        const partEnd = partStart + part.length;
        offset = partEnd;
        tokens.push(makeToken(part, pos++, partStart, partEnd, true));
      }
    } else {
      tokens.push(makeToken(word, pos++, start, end, false));
    }
  }
  return tokens;
}

/** Folded form, term and stopword flag by word as written: answers repeat their words, and folding and stemming cost. */
const WORDS = new Map<string, [folded: string, term: string, stop: boolean]>();
const WORDS_LIMIT = 50_000;

function makeToken(word: string, pos: number, start: number, end: number, part: boolean): Token {
  let known = WORDS.get(word);
  if (!known) {
    const folded = fold(word);
    known = [folded, stem(folded), isStopword(folded)];
    if (WORDS.size >= WORDS_LIMIT) WORDS.clear();
    WORDS.set(word, known);
  }
  return { term: known[1], folded: known[0], pos, start, end, stop: known[2], compound: false, part };
}

/**
 * `customer's` → `customer`; `can't`, `can’t` → `cant`, the spelling people type
 * without an apostrophe and the one the glossary lists. `we're` → `we`.
 */
function stripApostrophe(word: string): string {
  if (!word.includes("'") && !word.includes('’')) return word;
  const match = /^(.+?)['’](.*)$/u.exec(word);
  if (!match) return word;
  const [, head, tail] = match as unknown as [string, string, string];
  if (/^(s|re|ll|ve|d|m)?$/i.test(tail)) return head;
  if (/^t$/i.test(tail) && /n$/i.test(head)) return head + tail;
  return word;
}

/** The index terms of a phrase, stopwords dropped, joined by spaces: `Give the money back` → `give money back`. */
export function normalizePhrase(phrase: string): string {
  return tokenize(phrase)
    .filter((token) => !token.stop && !token.compound)
    .map((token) => token.term)
    .join(' ');
}

/** Words of a text that count towards its length: stopwords and whole identifiers (whose parts count) left out. */
export function wordCount(tokens: Token[]): number {
  return tokens.filter((token) => !token.stop && !token.compound).length;
}
