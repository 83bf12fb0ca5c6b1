import { exportedTerms } from './flex-index';
import type { Token } from './normalize';
import { scoreConcepts } from './concept-scores';
import { neededWeights, totalOf, weighCoverage } from './coverage';
import { createPostings } from './postings';
import { createPhraseIndex, parseQuery, type Concept, type SynonymSpan } from './query';
import { createSnippet } from './snippet';
import { resolveRankingWeights, type RankingWeights } from './ranking-weights';
import { createScoreMatrices } from './score-matrix';
import { createSymptomLane } from './symptom-lane';
import { createSpanScorer } from './synonym-spans';
import { createTokenCache, type QuestionTokens } from './token-cache';
import type { IndexedQuestion, SearchIndexData, SearchOptions, SearchResult, Searcher } from './types';
import { createVocabulary } from './vocabulary';

/** Queries longer than this are cut: nobody types more, and pasted logs should not stall the page. */
const MAX_QUERY = 512;

interface Ranked {
  d: number;
  text: number;
  lane: number;
  score: number;
  terms: string[][];
  labels: string[];
}

export interface SearcherOptions {
  /**
   * Overrides of the ranking weights; the rest keep their defaults.
   * @defaultValue `DEFAULT_RANKING_WEIGHTS`
   */
  weights?: Partial<RankingWeights>;
}

/**
 * Makes a searcher from the index file. FlexSearch is the index: the shipped
 * exports are imported into FlexSearch `Index`es (nothing is tokenised here),
 * and every query's candidates come from their `search()`. On top, this layer
 * decides which terms to ask for (typo corrections, completions, glossary
 * phrases) and ranks what FlexSearch returns: BM25F over the fields, coverage
 * of the query's words, adjacency, and the error-code lane.
 * Never throws on a query: any string gives a (possibly empty) list.
 */
export function createSearcher(data: SearchIndexData, options: SearcherOptions = {}): Searcher {
  const w = resolveRankingWeights(options.weights);
  const questions = data.questions;
  const n = questions.length;
  const vocabulary = createVocabulary(exportedTerms(data.flex));

  const postingSource = createPostings(data, w);

  const phrases = createPhraseIndex(data.synonyms);
  const lane = createSymptomLane(questions, w);

  const { tokensOf, titleWordsOf } = createTokenCache(data);

  const matrices = createScoreMatrices(n);
  const scoreSpans = createSpanScorer(n, w);

  function search(rawQuery: string, options: SearchOptions = {}): SearchResult[] {
    if (typeof rawQuery !== 'string') return [];
    const query = rawQuery.slice(0, MAX_QUERY);
    if (query.trim() === '') return [];
    const limit = Math.max(0, Math.floor(options.limit ?? 10));
    const open = !/\s$/.test(query);
    const { concepts, spans } = parseQuery(query, vocabulary, phrases, open, w);

    const postings = postingSource.forQuery();

    const nc = concepts.length;
    const matrix = matrices.start(nc);
    scoreConcepts(concepts, postings, matrix, w);
    scoreSpans(spans, concepts, postings, matrix);
    const needed = neededWeights(concepts, spans, postings, w);
    const neededTotal = totalOf(needed);
    const laneMatches = lane.match(query);
    for (const d of laneMatches.keys()) matrix.touch(d);

    const { scores, fallback, chosen, matched, phraseCodes, touched, touchedCount, base, factor, preliminary } = matrix;
    let bestText = weighCoverage(matrix, concepts, needed, w);
    let candidateCount = 0;
    for (let t = 0; t < touchedCount; t++) {
      const d = touched[t]!;
      if (options.category !== undefined && data.categories[questions[d]!.c]?.[0] !== options.category) {
        preliminary[t] = -1;
        continue;
      }
      const laneScore = Math.min(laneMatches.get(d)?.score ?? 0, w.laneCap);
      preliminary[t] = (bestText > 0 ? (base[t]! * factor[t]!) / bestText : 0) + w.lane * laneScore;
      candidateCount++;
    }
    // Adjacency only reorders close scores, so it is checked for the leading candidates alone
    // (on ties, the first questions), which also bounds how many answers get tokenised.
    const selected = candidateCount > 0 ? topIndexes(preliminary, touched, touchedCount, Math.max(limit, 1) + 10) : [];
    const leading: Ranked[] = [];
    for (const t of selected) {
      const d = touched[t]!;
      const terms: string[][] = [];
      const conceptScores: number[] = [];
      let sum = 0;
      // Word positions only matter when two or more words, or a glossary phrase, could stand together.
      const positions = base[t]! > 0 && (nc > 1 || phraseCodes.size > 0) ? tokensOf(d).positions : undefined;
      for (let c = 0; c < nc; c++) {
        const code = chosen[d * nc + c]!;
        const phrase = code > 0 ? matched[code - 1]! : [];
        let score = scores[d * nc + c]!;
        // A glossary phrase whose words are scattered over the answer says less than the phrase itself.
        if (positions && phraseCodes.has(code) && !isAdjacentRun(positions, phrase)) score = Math.max(score * w.scatteredPhrase, fallback[d * nc + c]!);
        terms.push(phrase);
        conceptScores.push(score);
        sum += concepts[c]!.bonus ? score * w.identifier : score;
      }
      const adjacent = positions ? adjacency(positions, concepts, conceptScores, terms, w.adjacent) : 0;
      const fit = base[t]! > 0 ? titleFit(titleWordsOf(d), concepts, spans, needed, neededTotal, w.titleFocus) : 0;
      const text = (sum + adjacent) * factor[t]! * (1 + w.titleFit * fit);
      bestText = Math.max(bestText, text);
      const match = laneMatches.get(d);
      leading.push({ d, text, lane: Math.min(match?.score ?? 0, w.laneCap), score: 0, terms, labels: match?.labels ?? [] });
    }
    matrices.finish(matrix);
    for (const r of leading) r.score = (bestText > 0 ? r.text / bestText : 0) + w.lane * r.lane;
    const scored = leading.sort((a, b) => b.score - a.score || a.d - b.d).slice(0, limit);
    const top = scored[0]?.score ?? 1;
    return scored.map((r) => {
      const question = questions[r.d]!;
      const category = data.categories[question.c] ?? ['', ''];
      const tokens = tokensOf(r.d);
      const matches = matcher(r.terms.flat(), postings.idf);
      const snippet = createSnippet(question.b, tokens.body, question.p, matches);
      const result: SearchResult = {
        id: question.id,
        title: question.t,
        category: category[0],
        categoryTitle: category[1],
        url: question.u,
        score: Math.round((r.score / top) * 1000) / 1000,
        snippet: { text: snippet.text, highlights: snippet.highlights },
        terms: surfaceForms(question, tokens, matches),
        symptoms: r.labels,
      };
      if (snippet.step) result.step = snippet.step;
      return result;
    });
  }

  return { search: (query, options) => search(query, options) };
}

/**
 * How much a word of a question counts for highlighting: the idf of the term or
 * prefix it matched (`captur`, or `refu*` for a word being typed), else 0.
 */
function matcher(matched: string[], idf: (term: string) => number): (token: Token) => number {
  const terms = new Set(matched.filter((term) => !term.endsWith('*')));
  const prefixes = matched.filter((term) => term.endsWith('*')).map((term) => term.slice(0, -1));
  const weights = new Map<string, number>();
  return (token) => {
    let weight = weights.get(token.term);
    if (weight === undefined) {
      weight = terms.has(token.term) ? idf(token.term) : 0;
      weights.set(token.term, weight);
    }
    if (weight === 0 && prefixes.some((prefix) => token.folded.startsWith(prefix) || token.term.startsWith(prefix))) return 1;
    return weight;
  };
}

/**
 * How well a title fits the query, 0 to 1: the share of the query, by the idf its
 * words need for coverage, that the title holds, directly or through a glossary
 * phrase (`refund` for `give money back`), trimmed a little when the title is
 * mostly about other things. The title says what an answer is about; the body
 * may mention anything, and a long title may repeat the query's common words.
 */
function titleFit(words: Token[], concepts: Concept[], spans: SynonymSpan[], needed: number[], neededTotal: number, titleFocus: number): number {
  if (words.length === 0 || neededTotal <= 0) return 0;
  const held = new Set(words.map((token) => token.term));
  const hit = new Set<string>();
  const covered = concepts.map((concept) => {
    let found = false;
    for (const { term } of concept.alternatives) {
      if (!held.has(term)) continue;
      hit.add(term);
      found = true;
    }
    for (const prefix of concept.prefixes) {
      for (const term of held) {
        if (!term.startsWith(prefix)) continue;
        hit.add(term);
        found = true;
      }
    }
    return found;
  });
  for (const span of spans) {
    const phrase = span.phrases.find((terms) => terms.every((term) => held.has(term)));
    if (!phrase) continue;
    for (const term of phrase) hit.add(term);
    for (let c = span.from; c <= span.to; c++) covered[c] = true;
  }
  let share = 0;
  covered.forEach((isCovered, c) => {
    if (isCovered && !concepts[c]!.bonus) share += needed[c]!;
  });
  const focus = words.filter((token) => hit.has(token.term)).length / words.length;
  return Math.min(share / neededTotal, 1) * (1 - titleFocus + titleFocus * focus);
}

function adjacency(positions: Map<string, number[]>, concepts: Concept[], scores: number[], terms: string[][], weight: number): number {
  let bonus = 0;
  for (let c = 0; c + 1 < concepts.length; c++) {
    if (concepts[c]!.bonus || concepts[c + 1]!.bonus) continue;
    const a = terms[c]!;
    const b = terms[c + 1]!;
    if (a.length !== 1 || b.length !== 1 || a[0] === b[0] || a[0]!.endsWith('*') || b[0]!.endsWith('*')) continue;
    if (isAdjacentRun(positions, [a[0]!, b[0]!])) bonus += weight * Math.min(scores[c]!, scores[c + 1]!);
  }
  return bonus;
}

/** Whether the terms occur in order, each at most two positions after the previous one, in one field. */
function isAdjacentRun(positions: Map<string, number[]>, terms: string[]): boolean {
  const starts = positions.get(terms[0]!) ?? [];
  return starts.some((start) => {
    let at = start;
    for (const term of terms.slice(1)) {
      const next = (positions.get(term) ?? []).find((p) => p > at && p - at <= 2);
      if (next === undefined) return false;
      at = next;
    }
    return true;
  });
}

/**
 * Indexes of the `count` largest positive values among the first `length`, ties going to
 * the lower question number. One pass with a short sorted list: the lists here are
 * thousands long and `count` is a few dozen.
 */
function topIndexes(values: Float64Array, docs: Int32Array, length: number, count: number): number[] {
  const top: number[] = [];
  const before = (a: number, b: number) => values[a]! > values[b]! || (values[a] === values[b] && docs[a]! < docs[b]!);
  for (let t = 0; t < length; t++) {
    if (values[t]! <= 0) continue;
    if (top.length === count && !before(t, top[count - 1]!)) continue;
    let at = top.length === count ? count - 1 : top.length;
    while (at > 0 && before(t, top[at - 1]!)) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = t;
  }
  return top;
}

/** The words of the question that matched, as written there, title first; at most 12. */
function surfaceForms(question: IndexedQuestion, tokens: QuestionTokens, weight: (token: Token) => number): string[] {
  const forms = new Map<string, string>();
  for (const [list, text] of [
    [tokens.title, question.t],
    [tokens.body, question.b],
  ] as const) {
    for (const token of list) {
      if (forms.size >= 12) break;
      if (token.stop || weight(token) === 0) continue;
      const surface = text.slice(token.start, token.end);
      if (!forms.has(surface.toLowerCase())) forms.set(surface.toLowerCase(), surface);
    }
  }
  return [...forms.values()];
}
