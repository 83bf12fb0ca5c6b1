/** What the searcher reads an index through, whether it came as one file or as a core and shards. */
import { decodeFields, importFlexIndexes, indexedTerms, type FlexIndexes } from './flex-index';
import type { IndexedQuestion, QuestionFacts, SearchIndexData } from './types';

/**
 * An index as the searcher reads it. Everything but `question` is there from the start; a
 * question's text (title, answer, phrasings) may still be in a shard. With shards, the FlexSearch
 * indexes and `question` note what they were asked for and do not hold yet, and `complete`
 * fetches it.
 */
export interface SearchSource {
  documents: string[];
  categories: SearchIndexData['categories'];
  synonyms: string[][];
  /** Abbreviations the FAQ defines, `[short, long]`: searched like glossary groups, shown as abbreviations. */
  abbreviations: string[][];
  /** Category, field lengths and symptoms of every question. */
  questions: QuestionFacts[];
  /** Every exact term with the number of questions (or categories) holding it: the vocabulary. */
  terms: Map<string, number>;
  flex: FlexIndexes;
  /** Question d whole, or `undefined` while its document shard is not loaded. */
  question(d: number): IndexedQuestion | undefined;
  /**
   * Runs `run` (a search) until it reads nothing that is not loaded, fetching what it missed between
   * runs, and resolves to the last run's value: what the whole index gives.
   */
  complete<T>(run: () => T): Promise<T>;
}

/** The source of a single index file: all of it is loaded. */
export function wholeSource(data: SearchIndexData): SearchSource {
  const decoded = decodeFields(data.postings);
  return {
    documents: data.documents,
    categories: data.categories,
    synonyms: data.synonyms,
    abbreviations: data.abbreviations ?? [],
    questions: data.questions,
    terms: indexedTerms(decoded),
    flex: importFlexIndexes(data, decoded),
    question: (d) => data.questions[d],
    complete: async (run) => run(),
  };
}
