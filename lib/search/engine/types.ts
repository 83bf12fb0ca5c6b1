/**
 * Shapes shared by the index builder (build time, Node) and the searcher
 * (browser). `SearchIndexData` is the JSON file the browser fetches.
 */
import type { QueryReading } from './reading';

/** Groups of words or phrases a searcher uses interchangeably, as authored in `content/synonyms.yaml`. */
export interface SynonymGlossary {
  groups: SynonymGroup[];
}

export interface SynonymGroup {
  /** Phrases as written, e.g. `paid twice`, `charged twice`. */
  phrases: string[];
  /** Line of the group in its file, for messages. */
  line: number;
  /** File names (`*` for any run of characters) of the FAQ documents it is for; every document when absent. */
  documents?: string[];
}

/** A symptom of a question as shipped: what a badge shows, its look-up key, and whether the title names it. */
export type IndexedSymptom = [label: string, key: string, own: 0 | 1];

/** One question as shipped to the browser: only what search and its result list need. */
export interface IndexedQuestion {
  /** Its id, when its title's anchor is not it (see `questionIdOf`). */
  id?: string;
  /** Title. */
  t: string;
  /** Index into `SearchIndexData.categories`. */
  c: number;
  /** Site-relative URL, when it is not `/q/<id>/`. */
  u?: string;
  /** Plain answer text, with long machine noise (UUIDs, trace ids) removed. */
  b: string;
  s: IndexedSymptom[];
  /** Checklist steps: id and the [start, end) range of the step's text in `b`. */
  p: [id: string, start: number, end: number][];
  /**
   * Phrasings: other words people use for this question (`also asked as`, table-of-contents labels,
   * cross-link texts, troubleshooter options); absent when there are none. See `phrasings.ts`.
   */
  f?: string[];
  /** Number of words in the title, the symptoms, the body and the phrasings, for length normalisation. */
  n: [title: number, symptoms: number, body: number, phrasings: number];
}

/** What ranking needs of every question before it knows which to rank: its category, field lengths and symptoms. */
export type QuestionFacts = Pick<IndexedQuestion, 'c' | 'n' | 's'>;

/** The fields whose terms are shipped in the index file, each filling a FlexSearch index; see `flex-index.ts`. */
export type ExactField = 'title' | 'symptoms' | 'phrasings' | 'body' | 'category';

/** The search index file, `/search-index.json`. JSON-serialisable. */
export interface SearchIndexData {
  version: 3;
  /** Titles of the FAQ documents the index holds. */
  documents: string[];
  /** Categories, each with the number of its document in `documents`. */
  categories: [id: string, title: string, document: number][];
  questions: IndexedQuestion[];
  /** Synonym groups, each phrase already normalised to its index terms joined by spaces. */
  synonyms: string[][];
  /** Abbreviations the FAQ defines (`Merchant Serial Number (MSN)`), as `[short, long]` in the form of `synonyms`. */
  abbreviations?: string[][];
  /** Per field, its terms and the questions (categories) holding each, as `encodePostings` writes them. */
  postings: Record<ExactField, string>;
}

/**
 * `/search-index.json` of a large FAQ: what every query needs before it knows its candidates (vocabulary,
 * categories, glossary, and per question its category, field lengths and symptoms), and where the rest is:
 * term shards (the postings, by ranges of terms) and document shards (the questions, by ranges of numbers),
 * fetched as queries need them. `splitSearchIndex` writes it from a `SearchIndexData`; see `split-index.ts`.
 */
export interface SearchCoreData {
  version: 3;
  documents: string[];
  categories: [id: string, title: string, document: number][];
  synonyms: string[][];
  abbreviations?: string[][];
  /** Per question, its category number (`IndexedQuestion['c']`). */
  c: number[];
  /** Per question, its word counts (`IndexedQuestion['n']`): all title counts, then all symptom counts, answer counts, phrasing counts. */
  n: [title: number[], symptoms: number[], body: number[], phrasings: number[]];
  /** Every distinct symptom of the FAQ, once. */
  symptoms: IndexedSymptom[];
  /** Per question, the numbers of its symptoms in `symptoms` (base 36, joined by `,`); questions joined by `;`. */
  s: string;
  /**
   * The vocabulary: each exact term and how many questions (or categories) hold it, in sort order, front-coded:
   * how many leading characters it shares with the term before (one base-36 digit), the rest of it, a space and
   * the count in base 36; joined by `;`. Sorted terms share long starts (`refund`, `refunded`), which this does not repeat.
   */
  terms: string;
  /** The category field's postings, as `encodePostings` writes them: few, and any query may need them. */
  category: string;
  shards: ShardTable;
}

/** Where a core's shards are. */
export interface ShardTable {
  /** Names this build's shard files, so a cached core never reads another build's shards. */
  version: string;
  /** First key of each term shard, sorted: term shard i holds the keys from `terms[i]` up to `terms[i + 1]`. */
  terms: string[];
  /** Questions per document shard: document shard i holds questions `i * questions` to `(i + 1) * questions - 1`. */
  questions: number;
}

/** The fields whose postings are in the term shards: the exact fields but `category`, and the prefix fields but `categoryPrefix`. */
export type ShardedField = 'title' | 'symptoms' | 'phrasings' | 'body' | 'titlePrefix' | 'symptomsPrefix';

/** A term shard: per field, the postings of its keys as `encodePostings` writes them. */
export interface TermShardData {
  postings: Partial<Record<ShardedField, string>>;
}

/** A document shard: its questions, without what the core already has of them (`c`, `n`, `s`). */
export interface DocumentShardData {
  questions: Omit<IndexedQuestion, 'c' | 'n' | 's'>[];
}

export interface SearchOptions {
  /**
   * Most results returned.
   * @defaultValue 10
   */
  limit?: number;
  /** Only questions of this category id. */
  category?: string;
}

export interface SearchResult {
  id: string;
  title: string;
  /** Category id. */
  category: string;
  categoryTitle: string;
  /** Title of the FAQ document the question is in; only when the index holds more than one document. */
  documentTitle?: string;
  url: string;
  /** Best result is 1.0; the others are relative to it. */
  score: number;
  /** A passage of the answer; `highlights` are [start, end) ranges into `text`. */
  snippet: { text: string; highlights: [number, number][] };
  /** Matched query words as they are written in the question, for highlighting on its page. */
  terms: string[];
  /** Labels of the symptoms the query named, for badges. */
  symptoms: string[];
  /** Checklist step id (`step-3`) when a step of the answer matched best. */
  step?: string;
  /**
   * The phrasing of the question (`f`: a table-of-contents label, a link's text, a troubleshooter option,
   * an "also asked as") that matched, when the title and answer hold none of the words matched: what
   * the reader is shown as the reason the result is listed. `highlights` are ranges into `text`.
   */
  asked?: { text: string; highlights: [number, number][] };
}

/** A search's results with what the query was read as (`reading.ts`). */
export interface SearchResponse {
  results: SearchResult[];
  reading: QueryReading;
}

export interface Searcher {
  /**
   * The results of a query from the index as loaded: all of it for a single index file; for a sharded one,
   * the shards loaded so far, which may be too few for this query (see `searchAsync`).
   */
  search(query: string, options?: SearchOptions): SearchResult[];
  /**
   * The results of a query, after fetching the shards it needs that are not loaded yet: always what
   * the whole index gives. For a single index file it resolves at once.
   */
  searchAsync(query: string, options?: SearchOptions): Promise<SearchResult[]>;
  /** `search`, with what the query was read as: the words typed, the words searched for instead, what no answer mentions. */
  query(query: string, options?: SearchOptions): SearchResponse;
  /** `searchAsync`, with what the query was read as. */
  queryAsync(query: string, options?: SearchOptions): Promise<SearchResponse>;
}

/** A leading candidate: its text and lane scores, what matched each concept, and the symptoms the query named. */
export interface Ranked {
  /** Question number. */
  d: number;
  text: number;
  /** How well its title or a phrasing means the query, 0 to 1 (see `titleFit`). */
  fit: number;
  lane: number;
  /**
   * Whether it matched a word of the query that names a topic (not only everyday words, not only parts of an
   * identifier) or a symptom: a result that did not is left out of the list when another did.
   */
  topical: boolean;
  /** The merged score, set by `rankResults`. */
  score: number;
  terms: string[][];
  labels: string[];
}
