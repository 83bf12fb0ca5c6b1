import { exportedTerms } from './flex-index';
import type { Token } from './normalize';
import { createPostings, type Posting } from './postings';
import { parseQuery, type Concept, type PhraseIndex, type SynonymSpan } from './query';
import { createSnippet } from './snippet';
import { resolveRankingWeights, type RankingWeights } from './ranking-weights';
import { createSymptomLane } from './symptom-lane';
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

interface Buffers {
  /** Score of concept c in doc d at d * conceptCount + c. */
  scores: Float64Array;
  /** What a synonym phrase replaced there, in case the phrase turns out not to be adjacent. */
  fallback: Float64Array;
  /** 1-based index into the matched-terms list of what gave that score. */
  chosen: Int32Array;
  touched: Int32Array;
  seen: Uint8Array;
  base: Float64Array;
  factor: Float64Array;
  preliminary: Float64Array;
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
  const K1 = w.k1;
  const SYNONYM = w.synonym;
  const questions = data.questions;
  const n = questions.length;
  const vocabulary = createVocabulary(exportedTerms(data.flex));

  const postingSource = createPostings(data, w);

  const phrases: PhraseIndex = new Map();
  for (const group of data.synonyms) {
    const split = group.map((phrase) => phrase.split(' '));
    for (const terms of split) {
      const entry = { terms, group: split };
      const list = phrases.get(terms[0]!);
      if (list) list.push(entry);
      else phrases.set(terms[0]!, [entry]);
    }
  }
  const lane = createSymptomLane(questions, w);

  const { tokensOf, titleWordsOf } = createTokenCache(data);

  /** Per-search scratch space, reused so a query allocates little even over 10,000 questions. */
  const phraseSum = new Float64Array(n);
  const phraseCount = new Uint8Array(n);
  let scratch: Buffers | undefined;
  const buffersFor = (nc: number): Buffers => {
    const size = n * Math.max(nc, 1);
    if (!scratch || scratch.scores.length < size) {
      scratch = {
        scores: new Float64Array(size),
        fallback: new Float64Array(size),
        chosen: new Int32Array(size),
        touched: new Int32Array(n),
        seen: new Uint8Array(n),
        base: new Float64Array(n),
        factor: new Float64Array(n),
        preliminary: new Float64Array(n),
      };
    }
    return scratch;
  };

  function search(rawQuery: string, options: SearchOptions = {}): SearchResult[] {
    if (typeof rawQuery !== 'string') return [];
    const query = rawQuery.slice(0, MAX_QUERY);
    if (query.trim() === '') return [];
    const limit = Math.max(0, Math.floor(options.limit ?? 10));
    const open = !/\s$/.test(query);
    const { concepts, spans } = parseQuery(query, vocabulary, phrases, open, w);

    const postings = postingSource.forQuery();
    const posting = postings.term;
    const idf = postings.idf;
    const idfOf = postings.idfOf;

    const nc = concepts.length;
    const buffers = buffersFor(nc);
    const { scores, fallback, chosen, touched, seen } = buffers;
    let touchedCount = 0;
    const touch = (d: number) => {
      if (seen[d] === 1) return;
      seen[d] = 1;
      touched[touchedCount++] = d;
    };
    /** What matched each concept in a doc: an alternative's term, a prefix (ending in `*`), or a glossary phrase. */
    const matchedTerms: string[][] = [];
    const phraseCodes = new Set<number>();
    const needed = concepts.map(() => 0);
    const apply = (c: number, found: Posting, weight: number, termIdf: number, code: number) => {
      for (let i = 0; i < found.docs.length; i++) {
        const wtf = found.wtf[i]!;
        const score = weight * termIdf * (wtf / (K1 + wtf));
        const d = found.docs[i]!;
        touch(d);
        if (score > scores[d * nc + c]!) {
          scores[d * nc + c] = score;
          chosen[d * nc + c] = code;
        }
      }
    };
    concepts.forEach((concept, c) => {
      for (const { term, weight } of concept.alternatives) {
        const found = posting(term);
        if (found.docs.length === 0) continue;
        const termIdf = idfOf(found.docs.length);
        if (!concept.bonus) needed[c] = Math.max(needed[c]!, weight * termIdf);
        apply(c, found, weight, termIdf, matchedTerms.push([term]));
      }
      const known = concept.alternatives.some((a) => a.weight === 1);
      for (const prefix of concept.prefixes) {
        const found = postings.prefix(prefix);
        if (found.docs.length === 0) continue;
        const weight = w.prefix * (0.5 + (0.5 * prefix.length) / (prefix.length + 3));
        const termIdf = idfOf(found.docs.length);
        // Prefixes are looked up in the short fields alone, so their idf overstates how rare a word is:
        // a known word being typed (`customer`) keeps the weight of the word itself for coverage.
        if (!concept.bonus && !known) needed[c] = Math.max(needed[c]!, weight * termIdf);
        apply(c, found, weight, termIdf, matchedTerms.push([`${prefix}*`]));
      }
    });

    for (const span of spans) {
      const width = span.to - span.from + 1;
      // A synonym stands in for the words typed, so it is worth what they are worth, not what its own rarity says.
      // Words the index does not know at all (`duplicate`) take the phrase's own average.
      const typed = concepts.slice(span.from, span.to + 1).map((concept) => concept.alternatives.find((a) => a.weight === 1)?.term);
      for (const phrase of span.phrases) {
        const found = phrase.map(posting);
        if (found.some((p) => p.docs.length === 0)) continue;
        const code = matchedTerms.push(phrase);
        if (phrase.length > 1) phraseCodes.add(code);
        const ownIdf = phrase.reduce((sum, term) => sum + idf(term), 0);
        const typedIdf = typed.reduce((sum, term) => sum + (term ? idf(term) : ownIdf / phrase.length), 0);
        const worth = typedIdf / ownIdf;
        // A word only the glossary knows (`duplicate` in `duplicate payment`) still counts towards coverage.
        for (let c = span.from; c <= span.to; c++) needed[c] = Math.max(needed[c]!, (SYNONYM * ownIdf) / phrase.length);
        // The phrase scores in the questions that hold all of its words: the sum of their BM25F scores.
        const holders: number[] = [];
        found.forEach((p, t) => {
          const termIdf = idf(phrase[t]!);
          for (let i = 0; i < p.docs.length; i++) {
            const d = p.docs[i]!;
            if (phraseCount[d] === 0) holders.push(d);
            phraseCount[d]!++;
            phraseSum[d]! += termIdf * (p.wtf[i]! / (K1 + p.wtf[i]!));
          }
        });
        for (const d of holders) {
          const complete = phraseCount[d] === phrase.length;
          const score = phraseSum[d]!;
          phraseCount[d] = 0;
          phraseSum[d] = 0;
          if (!complete) continue;
          let current = 0;
          if (seen[d] === 1) for (let c = span.from; c <= span.to; c++) current += scores[d * nc + c]!;
          const replacement = SYNONYM * score * worth;
          if (replacement <= current) continue;
          touch(d);
          for (let c = span.from; c <= span.to; c++) {
            if (!phraseCodes.has(chosen[d * nc + c]!)) fallback[d * nc + c] = scores[d * nc + c]!;
            scores[d * nc + c] = replacement / width;
            chosen[d * nc + c] = code;
          }
        }
      }
    }

    const neededTotal = needed.reduce((sum, w) => sum + w, 0);
    const laneMatches = lane.match(query);
    for (const d of laneMatches.keys()) touch(d);

    const { base, factor, preliminary } = buffers;
    let bestText = 0;
    for (let t = 0; t < touchedCount; t++) {
      const d = touched[t]!;
      let sum = 0;
      let covered = 0;
      for (let c = 0; c < nc; c++) {
        const score = scores[d * nc + c]!;
        if (score === 0) continue;
        sum += concepts[c]!.bonus ? score * w.identifier : score;
        covered += needed[c]!;
      }
      const coverage = neededTotal > 0 ? Math.min(covered / neededTotal, 1) : 1;
      base[t] = sum;
      factor[t] = w.coverageFloor + (1 - w.coverageFloor) * coverage * coverage;
      bestText = Math.max(bestText, sum * factor[t]!);
    }
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
        const phrase = code > 0 ? matchedTerms[code - 1]! : [];
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
    for (let t = 0; t < touchedCount; t++) {
      const d = touched[t]!;
      seen[d] = 0;
      scores.fill(0, d * nc, d * nc + nc);
      fallback.fill(0, d * nc, d * nc + nc);
      chosen.fill(0, d * nc, d * nc + nc);
    }
    for (const r of leading) r.score = (bestText > 0 ? r.text / bestText : 0) + w.lane * r.lane;
    const scored = leading.sort((a, b) => b.score - a.score || a.d - b.d).slice(0, limit);
    const top = scored[0]?.score ?? 1;
    return scored.map((r) => {
      const question = questions[r.d]!;
      const category = data.categories[question.c] ?? ['', ''];
      const tokens = tokensOf(r.d);
      const matches = matcher(r.terms.flat(), idf);
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
