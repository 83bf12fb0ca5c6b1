/**
 * Build time: splits a search index into a core and shards, the way Pagefind does, so that a browser
 * searching a large FAQ fetches only what a query needs (see `shard-source.ts` for the other side).
 *
 * - The core holds what every query needs before it knows its candidates: the vocabulary (for typo
 *   correction and completion), categories, glossary, and per question its category, field lengths and
 *   symptoms (for BM25F and the error-code lane).
 * - Term shards hold the postings, by ranges of keys in sort order: a term's postings in every field, and the
 *   questions whose titles and symptoms have a word starting with a prefix, where that prefix sorts. A query
 *   fetches the shards of its words, its completions and typo corrections, which mostly sort together.
 * - Document shards hold the questions' texts (title, answer, steps, phrasings), by ranges of question
 *   numbers, fetched for the candidates being ranked and shown.
 */
import { createHash } from 'node:crypto';
import { compareKeys, decodeFields, encodeIds, forwardEntries, indexedTerms, prefixTexts } from '../engine/flex-index';
import { shardPath } from '../engine/shard-source';
import type { DocumentShardData, IndexedQuestion, IndexedSymptom, SearchCoreData, SearchIndexData, ShardedField, TermShardData } from '../engine/types';

/** The files search is served as: `/search-index.json` and, for a split index, its shards. */
export interface SearchFiles {
  /** The whole index, or the core of a split one. */
  index: SearchIndexData | SearchCoreData;
  /** Each shard by its path relative to the index file (`shardPath`); none for a whole index. */
  shards: Map<string, TermShardData | DocumentShardData>;
}

export interface SplitOptions {
  /**
   * Bytes of postings (as shipped, before gzip) a term shard is filled to; a key with more gets a shard of its own.
   * @defaultValue 4000
   */
  termShardBytes?: number;
  /**
   * Questions per document shard. A query ranks some 20 candidates, which may be anywhere in the FAQ:
   * a file per question fetches only theirs.
   * @defaultValue 1
   */
  questionsPerShard?: number;
}

const EXACT_SHARDED = ['title', 'symptoms', 'phrasings', 'body'] as const satisfies readonly ShardedField[];
const PREFIX_SHARDED = ['titlePrefix', 'symptomsPrefix'] as const satisfies readonly ShardedField[];

/** Splits an index into its core and shards; `createSearcher(openShards(core, load))` gives what `createSearcher(data)` does. */
export function splitSearchIndex(data: SearchIndexData, options: SplitOptions = {}): SearchFiles & { index: SearchCoreData } {
  const termShardBytes = options.termShardBytes ?? 4000;
  const questionsPerShard = Math.max(1, Math.floor(options.questionsPerShard ?? 1));

  // Every shipped entry (`key ids`) by field and by the key it is looked up by: a term, or a prefix.
  const entries = new Map<string, Partial<Record<ShardedField, string>>>();
  const add = (field: ShardedField, key: string, entry: string) => {
    let byField = entries.get(key);
    if (!byField) entries.set(key, (byField = {}));
    byField[field] = entry;
  };
  for (const field of EXACT_SHARDED) {
    for (const entry of data.postings[field] ? data.postings[field].split(';') : []) add(field, entry.slice(0, entry.indexOf(' ')), entry);
  }
  const texts = prefixTexts(data);
  for (const field of PREFIX_SHARDED) {
    for (const [prefix, ids] of forwardEntries(texts[field])) add(field, prefix, `${prefix} ${encodeIds(ids)}`);
  }

  // Keys in sort order, cut into shards of about `termShardBytes`.
  const keys = [...entries.keys()].sort(compareKeys);
  const firstKeys: string[] = [];
  const termShards: TermShardData[] = [];
  let size = Infinity;
  for (const key of keys) {
    const byField = entries.get(key)!;
    const bytes = Object.values(byField).reduce((sum, entry) => sum + entry.length + 1, 0);
    if (size + bytes > termShardBytes && size > 0) {
      // The first shard starts at the empty key, so every key sorts into one.
      firstKeys.push(firstKeys.length === 0 ? '' : key);
      termShards.push({ postings: {} });
      size = 0;
    }
    size += bytes;
    const postings = termShards.at(-1)!.postings;
    for (const [field, entry] of Object.entries(byField) as [ShardedField, string][]) postings[field] = postings[field] ? `${postings[field]};${entry}` : entry;
  }

  const documentShards: DocumentShardData[] = [];
  data.questions.forEach(({ c, n, s, ...text }, d) => {
    const shard = Math.floor(d / questionsPerShard);
    (documentShards[shard] ??= { questions: [] }).questions.push(text);
  });

  const symptoms = new Map<string, number>();
  const symptomNumbers = (question: IndexedQuestion) =>
    question.s
      .map((symptom) => {
        const key = JSON.stringify(symptom);
        if (!symptoms.has(key)) symptoms.set(key, symptoms.size);
        return symptoms.get(key)!.toString(36);
      })
      .join(',');
  const s = data.questions.map(symptomNumbers).join(';');
  const version = hash(JSON.stringify([data, termShardBytes, questionsPerShard]));
  const index: SearchCoreData = {
    version: 3,
    documents: data.documents,
    categories: data.categories,
    synonyms: data.synonyms,
    abbreviations: data.abbreviations,
    c: data.questions.map((question) => question.c),
    n: [0, 1, 2, 3].map((field) => data.questions.map((question) => question.n[field]!)) as SearchCoreData['n'],
    symptoms: [...symptoms.keys()].map((key) => JSON.parse(key) as IndexedSymptom),
    s,
    terms: frontCoded(indexedTerms(decodeFields(data.postings))),
    category: data.postings.category,
    shards: { version, terms: firstKeys, questions: questionsPerShard },
  };
  const shards = new Map<string, TermShardData | DocumentShardData>();
  termShards.forEach((shard, i) => shards.set(shardPath('t', i, version), shard));
  documentShards.forEach((shard, i) => shards.set(shardPath('d', i, version), shard));
  return { index, shards };
}

/** The vocabulary as `SearchCoreData['terms']` ships it: sorted and front-coded. */
function frontCoded(counts: Map<string, number>): string {
  let previous = '';
  return [...counts.keys()]
    .sort(compareKeys)
    .map((term) => {
      let shared = 0;
      while (shared < 35 && shared < term.length && term[shared] === previous[shared]) shared++;
      previous = term;
      return `${shared.toString(36)}${term.slice(shared)} ${counts.get(term)!.toString(36)}`;
    })
    .join(';');
}

/** A short hash of a text, to name one build's shards. */
function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}
