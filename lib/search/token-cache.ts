/** Tokenises a question's text when ranking or a result first needs its words, and keeps the most recent ones. */
import { tokenize, type Token } from './normalize';
import type { SearchIndexData } from './types';

/** Positions of different fields are this far apart, so words of different fields never look adjacent. */
export const FIELD_GAP = 1 << 20;
/** Phrasings of one question are this far apart within their field, so words of two phrasings never look adjacent. */
export const PHRASING_GAP = 1 << 10;
/** Questions whose words are kept tokenised for adjacency, snippets and highlights. */
const CAPACITY = 256;

/** What a question's text looks like once tokenised; made only for questions that reach the leading candidates. */
export interface QuestionTokens {
  title: Token[];
  body: Token[];
  /** Where each term (stopwords aside) stands in title, symptoms, category, body and phrasings, `FIELD_GAP` apart in that order. */
  positions: Map<string, number[]>;
}

export interface TokenCache {
  /** The tokens of question `d`, from the last `CAPACITY` questions asked for or made now. */
  tokensOf(d: number): QuestionTokens;
  /** The title words of question `d` that can match a query word (no stopwords, no whole identifiers), made once. */
  titleWordsOf(d: number): Token[];
  /** The same for each of its phrasings. */
  phrasingWordsOf(d: number): Token[][];
}

/** Titles are short and kept for every question asked for; answers are long and only the recent ones are kept. */
export function createTokenCache(data: SearchIndexData): TokenCache {
  const questions = data.questions;
  const cache = new Map<number, QuestionTokens>();
  const titleWords: (Token[] | undefined)[] = new Array(questions.length);
  const phrasingWords: (Token[][] | undefined)[] = new Array(questions.length);
  const wordsOf = (text: string) => tokenize(text).filter((token) => !token.stop && !token.compound);
  return {
    tokensOf(d) {
      const cached = cache.get(d);
      if (cached) return cached;
      const question = questions[d]!;
      const title = tokenize(question.t);
      const body = tokenize(question.b);
      const positions = new Map<string, number[]>();
      const place = (token: Token, at: number) => {
        if (token.stop) return;
        const list = positions.get(token.term);
        if (list) list.push(at + token.pos);
        else positions.set(token.term, [at + token.pos]);
      };
      const fields = [title, tokenize(question.s.map(([label]) => label).join(' ; ')), tokenize(data.categories[question.c]?.[1] ?? ''), body];
      fields.forEach((tokens, f) => {
        for (const token of tokens) place(token, f * FIELD_GAP);
      });
      (question.f ?? []).forEach((phrasing, i) => {
        for (const token of tokenize(phrasing)) place(token, 4 * FIELD_GAP + i * PHRASING_GAP);
      });
      if (cache.size >= CAPACITY) cache.delete(cache.keys().next().value!);
      const tokens = { title, body, positions };
      cache.set(d, tokens);
      return tokens;
    },
    titleWordsOf: (d) => (titleWords[d] ??= wordsOf(questions[d]!.t)),
    phrasingWordsOf: (d) => (phrasingWords[d] ??= (questions[d]!.f ?? []).map(wordsOf)),
  };
}
