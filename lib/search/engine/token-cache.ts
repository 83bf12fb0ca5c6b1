/** Tokenises a question's text when ranking or a result first needs its words, and keeps the most recent ones. */
import { symptomText } from './flex-index';
import { tokenize, type Token } from './normalize';
import type { SearchSource } from './search-source';

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

/** What a question tokenised before its document shard is loaded looks like: nothing, and not kept. */
const NOT_LOADED: QuestionTokens = { title: [], body: [], positions: new Map() };

/**
 * Titles are short and kept for every question asked for; answers are long and only the recent ones are kept.
 * A question not loaded yet (see `SearchSource.question`) has no words, and that is not kept.
 */
export function createTokenCache(source: Pick<SearchSource, 'categories' | 'question'>): TokenCache {
  const cache = new Map<number, QuestionTokens>();
  const titleWords: Token[][] = [];
  const phrasingWords: Token[][][] = [];
  const wordsOf = (text: string) => tokenize(text).filter((token) => !token.stop && !token.compound);
  return {
    tokensOf(d) {
      const cached = cache.get(d);
      if (cached) return cached;
      const question = source.question(d);
      if (!question) return NOT_LOADED;
      const title = tokenize(question.t);
      const body = tokenize(question.b);
      const positions = new Map<string, number[]>();
      const place = (token: Token, at: number) => {
        if (token.stop) return;
        const list = positions.get(token.term);
        if (list) list.push(at + token.pos);
        else positions.set(token.term, [at + token.pos]);
      };
      const fields = [title, tokenize(symptomText(question)), tokenize(source.categories[question.c]?.[1] ?? ''), body];
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
    titleWordsOf(d) {
      const question = titleWords[d] ? undefined : source.question(d);
      if (question) titleWords[d] = wordsOf(question.t);
      return titleWords[d] ?? [];
    },
    phrasingWordsOf(d) {
      const question = phrasingWords[d] ? undefined : source.question(d);
      if (question) phrasingWords[d] = (question.f ?? []).map(wordsOf);
      return phrasingWords[d] ?? [];
    },
  };
}
