/** Builds the search fixture's index and the state of a search over it, for the unit tests of each phase. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { buildQuestionGraph } from '@/lib/content/build-graph';
import { parseFaqDocument } from '@/lib/content/parse-faq';
import { buildSearchIndex } from './build/build-index';
import { decodeFields, importFlexIndexes, indexedTerms } from './engine/flex-index';
import { createPostings } from './engine/postings';
import { createPhraseIndex, parseQuery } from './engine/query';
import { resolveRankingWeights, type RankingWeights } from './engine/ranking-weights';
import { createScoreMatrices } from './engine/score-matrix';
import { parseSynonyms } from './build/synonyms';
import type { SearchIndexData } from './engine/types';
import { createVocabulary } from './engine/vocabulary';
import { questionIdOf } from './engine/question-id';

const FIXTURES = join(import.meta.dirname, 'fixtures');

/**
 * The search index of `fixtures/payments-faq.md` with `fixtures/synonyms.yaml`, after the JSON
 * round trip the browser makes. Tests pin behaviour on this small FAQ, so an author editing
 * `content/` cannot break them; expectations about the live FAQ live in `queries/*.tsv`.
 */
export function fixtureIndex(): SearchIndexData {
  const path = join(FIXTURES, 'payments-faq.md');
  const graph = buildQuestionGraph([parseFaqDocument(new VFile({ path, value: readFileSync(path, 'utf8') }))]);
  const synonyms = parseSynonyms(readFileSync(join(FIXTURES, 'synonyms.yaml'), 'utf8'), 'fixtures/synonyms.yaml');
  return JSON.parse(JSON.stringify(buildSearchIndex(graph, synonyms))) as SearchIndexData;
}

/** The question number of an id in the fixture index, for assertions on FlexSearch ids. */
export function numberOf(data: SearchIndexData, id: string): number {
  const d = data.questions.findIndex((question) => questionIdOf(question) === id);
  if (d < 0) throw new Error(`No question ${id} in the fixture`);
  return d;
}

/** Everything one search over the fixture works on, up to the score matrix: parsed query, look-ups, a fresh matrix. */
export function fixtureSearch(query: string, weights: Partial<RankingWeights> = {}) {
  const data = (cachedIndex ??= fixtureIndex());
  const resolved = resolveRankingWeights(weights);
  const vocabulary = createVocabulary(indexedTerms(decodeFields(data.postings)));
  const { concepts, spans } = parseQuery(query, vocabulary, createPhraseIndex(data.synonyms), !/\s$/.test(query), resolved);
  const postings = createPostings(data, resolved, importFlexIndexes(data)).forQuery();
  const matrix = createScoreMatrices(data.questions.length).start(concepts.length);
  /** Concept c's score in the question with this id. */
  const scoreOf = (id: string, c: number) => matrix.scores[numberOf(data, id) * concepts.length + c]!;
  /** What gave concept c its score in the question with this id. */
  const matchedIn = (id: string, c: number) => matrix.matched[matrix.chosen[numberOf(data, id) * concepts.length + c]! - 1];
  return { data, weights: resolved, concepts, spans, postings, matrix, scoreOf, matchedIn };
}

let cachedIndex: SearchIndexData | undefined;
