/**
 * The browser's side of a split index (`split-index.ts`): a `SearchSource` over the core that fetches
 * term shards and document shards as searches need them, and keeps them.
 */
import { createFlexIndex, decodePostings, EXACT_FIELDS, forwardEntries, importKeys, PREFIX_FIELDS, type FlexIndexes, type PrefixField } from './flex-index';
import type { Index } from './flexsearch';
import type { SearchSource } from './search-source';
import type { DocumentShardData, ExactField, IndexedQuestion, QuestionFacts, SearchCoreData, ShardedField, TermShardData } from './types';

/** Fetches a shard by its path relative to the index file, and resolves to its parsed JSON. */
export type ShardLoader = (path: string) => Promise<unknown>;

/** Where a shard is, relative to the index file: `search-shards/t3.<version>.json` (terms), `…/d12.<version>.json` (questions). */
export function shardPath(kind: 't' | 'd', shard: number, version: string): string {
  return `search-shards/${kind}${shard}.${version}.json`;
}

/**
 * Fetching rounds one search may take: its terms, then its candidates' texts. Another round
 * can only mean that the shards do not hold what the core says they do.
 */
const MAX_ROUNDS = 3;

/**
 * Opens a core. Looking a key up in a FlexSearch index, or a question's text, whose shard is
 * not loaded notes the shard as missing; `complete` runs a search, fetches what it noted (in
 * parallel, each shard once) and runs it again until nothing is missing, when it gives what
 * the whole index gives.
 */
export function openShards(core: SearchCoreData, load: ShardLoader): SearchSource {
  const { shards } = core;
  const symptomLists = core.s.split(';');
  const questions = core.c.map((c, d): QuestionFacts => ({
    c,
    n: core.n.map((counts) => counts[d]!) as QuestionFacts['n'],
    s: symptomLists[d] ? symptomLists[d].split(',').map((number) => core.symptoms[parseInt(number, 36)]!) : [],
  }));
  const terms = new Map<string, number>();
  let previous = '';
  for (const entry of core.terms ? core.terms.split(';') : []) {
    const space = entry.indexOf(' ');
    previous = previous.slice(0, parseInt(entry[0]!, 36)) + entry.slice(1, space);
    terms.set(previous, parseInt(entry.slice(space + 1), 36));
  }

  const indexes = {} as Record<ExactField | PrefixField, Index>;
  for (const field of [...EXACT_FIELDS, ...PREFIX_FIELDS]) indexes[field] = createFlexIndex(field);
  importKeys(indexes.category, decodePostings(core.category));
  importKeys(indexes.categoryPrefix, forwardEntries(core.categories.map(([, title]) => title)));

  const termsLoaded: boolean[] = [];
  const texts: IndexedQuestion[] = [];
  const missingTerms = new Set<number>();
  const missingTexts = new Set<number>();
  const fetching = new Map<string, Promise<void>>();

  /** The term shard a key sorts into: the last whose first key is not after it. */
  const termShardOf = (key: string) => {
    let lo = 0;
    let hi = shards.terms.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (shards.terms[mid]! <= key) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  /** A field's index that notes the shard of each key it is asked for; an exact field's keys sort by their term. */
  const noting = (field: ShardedField): Pick<Index, 'search'> => {
    const exact = (EXACT_FIELDS as readonly string[]).includes(field);
    return {
      search: ((key: string, options?: object) => {
        const term = exact ? key.replace(/[+~]+$/, '') : key;
        // A term the vocabulary does not know is in no shard.
        if (!exact || terms.has(term)) {
          const shard = termShardOf(term);
          if (!termsLoaded[shard]) missingTerms.add(shard);
        }
        return indexes[field].search(key, options);
      }) as Index['search'],
    };
  };
  const flex: FlexIndexes = { ...indexes };
  for (const field of ['title', 'symptoms', 'phrasings', 'body', 'titlePrefix', 'symptomsPrefix'] as const) flex[field] = noting(field);

  function fetchShard(kind: 't' | 'd', shard: number): Promise<void> {
    const path = shardPath(kind, shard, shards.version);
    let fetched = fetching.get(path);
    if (!fetched) {
      fetched = load(path).then((json) => (kind === 't' ? addTerms(shard, json as TermShardData) : addTexts(shard, json as DocumentShardData)));
      // Forgotten when it fails, so the next search tries again.
      fetched.catch(() => fetching.delete(path));
      fetching.set(path, fetched);
    }
    return fetched;
  }
  function addTerms(shard: number, json: TermShardData) {
    if (!isTermShard(json)) throw new Error(`${shardPath('t', shard, shards.version)} is no term shard of this index`);
    for (const [field, encoded] of Object.entries(json.postings) as [ShardedField, string][]) importKeys(indexes[field], decodePostings(encoded));
    termsLoaded[shard] = true;
  }
  function addTexts(shard: number, json: DocumentShardData) {
    if (!isDocumentShard(json)) throw new Error(`${shardPath('d', shard, shards.version)} is no document shard of this index`);
    json.questions.forEach((text, i) => {
      const d = shard * shards.questions + i;
      if (questions[d]) texts[d] = { ...text, ...questions[d] };
    });
  }

  return {
    documents: core.documents,
    categories: core.categories,
    synonyms: core.synonyms,
    abbreviations: core.abbreviations ?? [],
    questions,
    terms,
    flex,
    question(d) {
      const text = texts[d];
      if (!text) missingTexts.add(Math.floor(d / shards.questions));
      return text;
    },
    async complete(run) {
      for (let round = 0; ; round++) {
        missingTerms.clear();
        missingTexts.clear();
        const value = run();
        // Texts asked for while postings were missing are those of candidates that may not stay candidates: terms first.
        const wanted = missingTerms.size > 0 ? [...missingTerms].map((shard) => fetchShard('t', shard)) : [...missingTexts].map((shard) => fetchShard('d', shard));
        if (wanted.length === 0) return value;
        if (round === MAX_ROUNDS) throw new Error(`The search index's shards do not hold what its core says (still missing some after ${MAX_ROUNDS} rounds); deploy search-index.json and search-shards/ from one build.`);
        await Promise.all(wanted);
      }
    },
  };
}

/** A fetched file is a term shard: per sharded field, a string of postings. Checked before it is read, as it comes off the network. */
function isTermShard(json: unknown): json is TermShardData {
  const postings = (json as { postings?: unknown } | null)?.postings;
  return typeof postings === 'object' && postings !== null && Object.entries(postings).every(([field, value]) => SHARDED.has(field) && typeof value === 'string');
}

/** A fetched file is a document shard: a list of questions, each with its id and title. */
function isDocumentShard(json: unknown): json is DocumentShardData {
  const questions = (json as { questions?: unknown } | null)?.questions;
  return Array.isArray(questions) && questions.every((question) => typeof question?.t === 'string' && (question.id === undefined || typeof question.id === 'string'));
}

const SHARDED = new Set<string>(['title', 'symptoms', 'phrasings', 'body', 'titlePrefix', 'symptomsPrefix'] satisfies ShardedField[]);
