/** Runs a search through its phases, each a module of its own; this file only wires them together. */
import { selectCandidates } from './candidates';
import { scoreConcepts } from './concept-scores';
import { neededWeights, totalOf, weighCoverage } from './coverage';
import { rankResults } from './merge-lane';
import { createPostings } from './postings';
import { looksPasted, reducePasted } from './pasted';
import { createPhraseIndex, parseQuery } from './query';
import { queryForms, titleForms, type QuestionForm } from './question-form';
import { resolveRankingWeights, type RankingWeights } from './ranking-weights';
import { rerank } from './rerank';
import { createScoreMatrices } from './score-matrix';
import { createResult } from './search-result';
import { wholeSource, type SearchSource } from './search-source';
import { expansionsOf, missingFrom, readWords } from './reading';
import { createSymptomLane } from './symptom-lane';
import { createSpanScorer } from './synonym-spans';
import { createTokenCache } from './token-cache';
import type { SearchIndexData, SearchOptions, SearchResponse, Searcher } from './types';
import { createVocabulary } from './vocabulary';

/** Queries longer than this are cut: nobody types more, and pasted logs should not stall the page. */
const MAX_QUERY = 512;
/** Pasted text is read this far for its status, error code and message before the cut. */
const MAX_PASTE = 4096;
/**
 * Candidates re-ranked beyond the number of results asked for, so re-ranking can lift one into them.
 * Each is a text to fetch before the first results of a split index show (12 for the search box's 8:
 * two rounds of six over HTTP/1.1, not three). Looking 10 deep gave the same results on every query
 * set of `bench:search`; with none, one held-out query lost its answer from the top three.
 */
const EXTRA_CANDIDATES = 4;

export interface SearcherOptions {
  /**
   * Overrides of the ranking weights; the rest keep their defaults.
   * @defaultValue `DEFAULT_RANKING_WEIGHTS`
   */
  weights?: Partial<RankingWeights>;
}

/** The forms of a question whose text is not loaded yet: none, and not kept. */
const NO_FORMS: Set<QuestionForm> = new Set();

/**
 * Makes a searcher from the index file, or from the source of a sharded index (`openShards` in
 * `shard-source.ts`): the same code ranks both, and gives the same results. FlexSearch is the index: the shipped
 * exports are imported into FlexSearch `Index`es (nothing is tokenised here),
 * and every query's candidates come from their `search()`. On top, this layer
 * decides which terms to ask for (typo corrections, completions, glossary
 * phrases) and ranks what FlexSearch returns: BM25F over the fields, coverage
 * of the query's words, adjacency, title fit, and the error-code lane.
 * Never throws on a query: any string gives a (possibly empty) list.
 *
 * A search runs these phases in order:
 * 1. `parseQuery`: the query's words (concepts) with their alternatives and prefixes, and glossary spans;
 * 2. `scoreConcepts`: BM25F of each concept in each question FlexSearch finds (`postings.ts`);
 * 3. the span scorer: glossary phrases, through the other phrases of their group;
 * 4. `neededWeights` and `weighCoverage`: how much of the query each question covers;
 * 5. `selectCandidates`: the leading questions by text and error-code lane;
 * 6. `rerank`: scattered phrases, adjacent words and title fit, for those alone;
 * 7. `rankResults`: text and lane merged on one scale, best first;
 * 8. `createResult`: snippet, highlights and matched words of each result.
 */
export function createSearcher(index: SearchIndexData | SearchSource, options: SearcherOptions = {}): Searcher {
  const source = 'flex' in index ? index : wholeSource(index);
  const weights = resolveRankingWeights(options.weights);
  const questions = source.questions;
  const vocabulary = createVocabulary(source.terms);
  const phrases = createPhraseIndex([...source.synonyms, ...source.abbreviations]);
  const abbreviations = new Set(source.abbreviations.flat());
  const isAbbreviation = (phrase: string) => abbreviations.has(phrase);
  const postingSource = createPostings(source, weights, source.flex);
  const lane = createSymptomLane(questions, weights);
  const tokens = createTokenCache(source);
  const matrices = createScoreMatrices(questions.length);
  const scoreSpans = createSpanScorer(questions.length, weights);
  const titleFormCache: (Set<QuestionForm> | undefined)[] = new Array(questions.length);
  const idfOfTerm = (term: string) => postingSource.idfOf(vocabulary.df(term));
  const formsOf = (d: number) => {
    const question = titleFormCache[d] ? undefined : source.question(d);
    if (question) titleFormCache[d] = titleForms(question.t, question.b);
    return titleFormCache[d] ?? NO_FORMS;
  };

  const NOTHING: SearchResponse = { results: [], reading: { words: [], expansions: [], missing: [] } };

  /** The results of a query, and with `read` what it was read as (`query`); `search` callers skip that work. */
  function search(rawQuery: string, options: SearchOptions = {}, read = true): SearchResponse {
    if (typeof rawQuery !== 'string') return NOTHING;
    const typed = rawQuery.slice(0, MAX_PASTE);
    if (typed.trim() === '') return NOTHING;
    // A pasted log line or error body searches by its status, error code and message.
    const pasted = looksPasted(typed);
    const query = (pasted ? reducePasted(typed) : typed).slice(0, MAX_QUERY);
    const limit = Math.max(0, Math.floor(options.limit ?? 10));
    const { concepts, spans } = parseQuery(query, vocabulary, phrases, !pasted && !/\s$/.test(query), weights);

    const postings = postingSource.forQuery();
    const matrix = matrices.start(concepts.length);
    scoreConcepts(concepts, postings, matrix, weights);
    scoreSpans(spans, concepts, postings, matrix);
    const needed = neededWeights(concepts, spans, postings, weights);
    const laneMatches = lane.match(query);
    for (const d of laneMatches.keys()) matrix.touch(d);
    const bestText = weighCoverage(matrix, concepts, needed, weights);

    const category = options.category;
    const inCategory = category === undefined ? undefined : (d: number) => source.categories[questions[d]!.c]?.[0] === category;
    const selected = selectCandidates(matrix, laneMatches, bestText, Math.max(limit, 1) + EXTRA_CANDIDATES, weights, inCategory);
    const evidence = { matrix, concepts, spans, needed, neededTotal: totalOf(needed), laneMatches, forms: queryForms(query), formsOf, idf: idfOfTerm };
    const reranked = rerank(selected, evidence, tokens, bestText, weights);
    matrices.finish(matrix);

    const ranked = rankResults(reranked.leading, reranked.bestText, limit, weights);
    const top = ranked[0]?.score ?? 1;
    // A question whose text is not loaded yet is left out: `complete` fetches it and searches again.
    const results = ranked.flatMap((r) => {
      const question = source.question(r.d);
      return question ? [createResult(source, question, r, top, tokens.tokensOf(r.d), postings.idf)] : [];
    });
    if (!read) return { results, reading: NOTHING.reading };
    const textOf = (d: number) => {
      const question = source.question(d);
      return question && { title: question.t, body: question.b, tokens: tokens.tokensOf(d) };
    };
    const reading = {
      words: readWords(typed.slice(0, MAX_QUERY)),
      expansions: expansionsOf(ranked, concepts, textOf, isAbbreviation),
      missing: missingFrom(typed, vocabulary),
    };
    return { results, reading };
  }

  return {
    search: (query, options) => search(query, options, false).results,
    searchAsync: (query, options) => source.complete(() => search(query, options, false)).then((response) => response.results),
    query: (query, options) => search(query, options),
    queryAsync: (query, options) => source.complete(() => search(query, options)),
  };
}
