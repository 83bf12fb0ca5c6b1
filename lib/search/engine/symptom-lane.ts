import { fold, tokenize } from './normalize';
import { NUMBER_WITH_UNIT } from './quantity';
import type { RankingWeights } from './ranking-weights';
import type { QuestionFacts } from './types';

/** Where the error-code lane sends a query: per question, a score and the labels of the matched symptoms. */
export type LaneMatches = Map<number, { score: number; labels: string[] }>;

export interface SymptomLane {
  match(query: string): LaneMatches;
}

interface Posting {
  doc: number;
  own: boolean;
  label: string;
}

interface Message extends Posting {
  terms: string[];
}

/** A symptom the title names counts 1; one only mentioned in another answer counts `laneMention`. */
const OWN = 1;

const HTTP = /\b(?:http(?:\/[\d.]+)?\s*(?:status\s*)?(?:code\s*)?)?([1-5]\d\d)\b/gi;
const ERROR_CODE = /\b(?:error[\s_-]*code|error|code|feilkode)["'\s:=#]*(\d{1,5})\b/gi;
const NUMBER = /\b\d{1,3}\b/g;

/**
 * The error-code lane: HTTP statuses, error codes, identifiers and error
 * messages in a query lead straight to the questions whose symptoms contain them.
 */
export function createSymptomLane(questions: Pick<QuestionFacts, 's'>[], weights: Pick<RankingWeights, 'laneMention' | 'laneBareNumber'>): SymptomLane {
  const MENTION = weights.laneMention;
  const BARE_NUMBER = weights.laneBareNumber;
  const byKey = new Map<string, Posting[]>();
  /** Error messages by each of their words, so a query only compares the messages it shares a word with. */
  const messagesByTerm = new Map<string, Message[]>();
  questions.forEach((question, doc) => {
    for (const [label, key, own] of question.s) {
      const posting = { doc, own: own === 1, label };
      if (key.startsWith('text:')) {
        const text = key.slice(5);
        const compact = compactOf(text);
        if (compact.length >= 3) push(byKey, `id:${compact}`, posting);
        const terms = messageTerms(text);
        if (terms.length >= 2) {
          const message = { ...posting, terms };
          for (const term of new Set(terms)) push(messagesByTerm, term, message);
        }
      } else {
        push(byKey, key, posting);
      }
    }
  });

  return {
    match(query) {
      const found: LaneMatches = new Map();
      const add = (posting: Posting, weight: number) => {
        const score = weight * (posting.own ? OWN : MENTION);
        const entry = found.get(posting.doc);
        if (!entry) found.set(posting.doc, { score, labels: [posting.label] });
        else if (!entry.labels.includes(posting.label)) {
          entry.score += score;
          entry.labels.push(posting.label);
        } else entry.score = Math.max(entry.score, score);
      };
      const lookUp = (key: string, weight: number) => {
        for (const posting of byKey.get(key) ?? []) add(posting, weight);
      };

      const named = new Set<string>();
      // `400 days` and `250 NOK` are quantities, not statuses or codes.
      const quantity = (m: RegExpExecArray | RegExpMatchArray) => NUMBER_WITH_UNIT.test(query.slice(m.index! + m[0].length));
      for (const m of query.matchAll(HTTP)) {
        if (m[0].length === 3 && quantity(m)) continue;
        lookUp(`http:${m[1]}`, 1);
        named.add(m[1]!);
      }
      for (const m of query.matchAll(ERROR_CODE)) {
        lookUp(`code:${m[1]}`, 1);
        named.add(m[1]!);
      }
      for (const m of query.matchAll(NUMBER)) if (!named.has(m[0]) && !quantity(m)) lookUp(`code:${m[0]}`, BARE_NUMBER);

      const words = query.split(/\s+/).filter(Boolean).slice(0, 64);
      for (let n = 1; n <= 3; n++) {
        for (let i = 0; i + n <= words.length; i++) {
          const compact = compactOf(words.slice(i, i + n).join(''));
          if (compact.length >= 3) lookUp(`id:${compact}`, 1);
        }
      }

      const terms = messageTerms(query);
      if (terms.length >= 2) {
        const candidates = new Set(terms.flatMap((term) => messagesByTerm.get(term) ?? []));
        for (const message of candidates) {
          const weight = messageOverlap(message.terms, terms);
          if (weight > 0) add(message, weight);
        }
      }
      return found;
    },
  };
}

/**
 * How much of an error message a query quotes: 1 when the query contains the
 * whole message, less when the query is a run of at least two of the message's
 * words covering half of it (`invalid msn` of `Invalid MSN: 654321`).
 */
function messageOverlap(message: string[], query: string[]): number {
  if (indexOfRun(query, message) >= 0) return 1;
  if (query.length >= 2 && query.length * 2 >= message.length && indexOfRun(message, query) >= 0) {
    return 0.5 + (0.5 * query.length) / message.length;
  }
  let best = 0;
  // A query that quotes part of a message among other words: `error 37 blocked`, `customer says invalid msn`.
  for (let length = Math.min(message.length, query.length) - 1; length >= 2 && best === 0; length--) {
    if (length * 2 < message.length) break;
    for (let i = 0; i + length <= message.length; i++) {
      if (indexOfRun(query, message.slice(i, i + length)) >= 0) {
        best = (0.5 * length) / message.length;
        break;
      }
    }
  }
  return best;
}

function indexOfRun(haystack: string[], needle: string[]): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function messageTerms(text: string): string[] {
  return tokenize(text.slice(0, 300))
    .filter((token) => !token.compound)
    .map((token) => token.term);
}

function compactOf(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
