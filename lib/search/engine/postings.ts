/** Looks a term or a prefix up in the FlexSearch indexes and weighs each question holding it by field (BM25F). */
import { EIGHT_TIMES, FOUR_TIMES, PART_ONLY, TWICE, type FlexIndexes } from './flex-index';
import { tokenize, wordCount } from './normalize';
import type { RankingWeights } from './ranking-weights';
import type { SearchSource } from './search-source';
import type { QuestionFacts } from './types';

/** Fields of a question. */
const TITLE = 0;
const SYMPTOMS = 1;
const CATEGORY = 2;
const BODY = 3;
const PHRASINGS = 4;
const FIELDS = 5;

/** Questions holding a term (or a prefix) and its weighted, length-normalised frequency in each (BM25F). */
export interface Posting {
  docs: number[];
  wtf: number[];
  /** How many of `docs` hold it in a short field (title, symptoms, phrasings, category), not only in the answer. */
  titled: number;
}

/** One search's look-ups: each term and prefix is asked of FlexSearch once. */
export interface QueryPostings {
  /** The questions FlexSearch finds for an exact term, with the term's BM25F frequency in each. */
  term(term: string): Posting;
  /** The questions with a word starting with `prefix` in a short field (title, symptoms, category). */
  prefix(prefix: string): Posting;
  /** BM25 inverse document frequency of a term. */
  idf(term: string): number;
  /** BM25 inverse document frequency of whatever `df` questions hold. */
  idfOf(df: number): number;
}

export interface Postings {
  /** A fresh set of look-ups for one search. */
  forQuery(): QueryPostings;
  /** BM25 inverse document frequency of whatever `df` questions hold. */
  idfOf(df: number): number;
}

/** The categories and per question facts that weigh what the FlexSearch indexes find. */
export type PostingsData = Pick<SearchSource, 'categories' | 'questions'>;

/**
 * Looks terms up in the FlexSearch indexes and works out, per question and field, what one
 * occurrence of a term is worth: the field's weight over its length norm.
 */
export function createPostings(data: PostingsData, weights: RankingWeights, flex: FlexIndexes): Postings {
  const questions = data.questions;
  const n = questions.length;
  const docsByCategory: number[][] = data.categories.map(() => []);
  questions.forEach((question, d) => docsByCategory[question.c]?.push(d));
  const unit = fieldUnits(data, weights);
  const part = weights.part;

  /** Scratch space: the frequency gathered so far per question, and which questions have one. */
  const accumulator = new Float64Array(n);
  const held = new Uint8Array(n);
  const accumulated: number[] = [];
  /** Questions holding it in a short field, so far. */
  const titled = new Uint8Array(n);
  let titledCount = 0;
  /** Adds what FlexSearch returns for a key in one index, `tf` occurrences per question. */
  const collect = (ids: number[], f: number, tf: number) => {
    for (const d of ids) {
      // Marked apart from the sum, so a weight of 0 (a field switched off in a sweep) neither repeats nor drops a question.
      if (held[d] === 0) {
        held[d] = 1;
        accumulated.push(d);
      }
      accumulator[d]! += tf * unit[d * FIELDS + f]!;
      if (f !== BODY && titled[d] === 0) {
        titled[d] = 1;
        titledCount++;
      }
    }
  };
  const ask = (field: keyof FlexIndexes, key: string) => flex[field].search(key, { limit: n }) as number[];
  const drain = (): Posting => {
    const posting: Posting = { docs: accumulated.slice(), wtf: accumulated.map((d) => accumulator[d]!), titled: titledCount };
    for (const d of accumulated) {
      accumulator[d] = 0;
      held[d] = 0;
      titled[d] = 0;
    }
    accumulated.length = 0;
    titledCount = 0;
    return posting;
  };

  function lookUp(term: string): Posting {
    collect(ask('title', term), TITLE, 1);
    collect(ask('title', term + PART_ONLY), TITLE, part);
    collect(ask('symptoms', term), SYMPTOMS, 1);
    collect(ask('symptoms', term + PART_ONLY), SYMPTOMS, part);
    collect(ask('phrasings', term), PHRASINGS, 1);
    collect(ask('phrasings', term + PART_ONLY), PHRASINGS, part);
    const body = ask('body', term);
    collect(body, BODY, 1);
    // Each count key holds a subset of the questions of the one before it, so asking stops at the first empty one.
    const more = body.length > 0 ? ask('body', term + TWICE) : [];
    collect(more, BODY, 1);
    const most = more.length > 0 ? ask('body', term + FOUR_TIMES) : [];
    collect(most, BODY, 2);
    if (most.length > 0) collect(ask('body', term + EIGHT_TIMES), BODY, 4);
    collect(ask('body', term + PART_ONLY), BODY, part);
    for (const [key, tf] of [[term, 1], [term + PART_ONLY, part]] as const) {
      for (const category of ask('category', key)) collect(docsByCategory[category] ?? [], CATEGORY, tf);
    }
    return drain();
  }

  function lookUpPrefix(prefix: string): Posting {
    collect(ask('titlePrefix', prefix), TITLE, 1);
    collect(ask('symptomsPrefix', prefix), SYMPTOMS, 1);
    for (const category of ask('categoryPrefix', prefix)) collect(docsByCategory[category] ?? [], CATEGORY, 1);
    return drain();
  }

  const idfOf = (df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

  return {
    idfOf,
    forQuery() {
      const terms = new Map<string, Posting>();
      const prefixes = new Map<string, Posting>();
      const term = (key: string) => {
        let found = terms.get(key);
        if (!found) terms.set(key, (found = lookUp(key)));
        return found;
      };
      return {
        term,
        prefix(key) {
          let found = prefixes.get(key);
          if (!found) prefixes.set(key, (found = lookUpPrefix(key)));
          return found;
        },
        idf: (key) => idfOf(term(key).docs.length),
        idfOf,
      };
    },
  };
}

/** Per question and field (title, symptoms, category, body, phrasings), what one occurrence of a term is worth. */
function fieldUnits(data: PostingsData, weights: RankingWeights): Float64Array {
  const questions = data.questions;
  const n = questions.length;
  const fieldWeights = [weights.title, weights.symptoms, weights.category, weights.body, weights.phrasings];
  const lengthNorms = [weights.titleLengthNorm, weights.symptomsLengthNorm, weights.categoryLengthNorm, weights.bodyLengthNorm, weights.phrasingsLengthNorm];
  const categoryLengths = data.categories.map(([, title]) => wordCount(tokenize(title)));
  const lengthOf = (question: QuestionFacts, f: number): number => {
    switch (f) {
      case TITLE:
        return question.n[0];
      case SYMPTOMS:
        return question.n[1];
      case CATEGORY:
        return categoryLengths[question.c] ?? 0;
      case BODY:
        return question.n[2];
      default:
        return question.n[3];
    }
  };
  const average = [...Array(FIELDS).keys()].map((f) => {
    const lengths = questions.map((q) => lengthOf(q, f));
    // Phrasings are there for some questions only: their average is over those.
    const counted = f === PHRASINGS ? lengths.filter((length) => length > 0) : lengths;
    return Math.max(counted.reduce((sum, length) => sum + length, 0) / Math.max(counted.length, 1), 1);
  });
  const unit = new Float64Array(n * FIELDS);
  questions.forEach((question, d) => {
    for (let f = 0; f < FIELDS; f++) {
      const norm = 1 - lengthNorms[f]! + (lengthNorms[f]! * lengthOf(question, f)) / average[f]!;
      unit[d * FIELDS + f] = fieldWeights[f]! / norm;
    }
  });
  return unit;
}
