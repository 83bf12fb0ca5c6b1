import { tokenize, type Token } from './normalize';
import { parseQuery, type Concept, type PhraseIndex } from './query';
import { createSnippet } from './snippet';
import { createSymptomLane } from './symptom-lane';
import type { IndexedQuestion, SearchIndexData, SearchOptions, SearchResult, Searcher } from './types';
import { createVocabulary } from './vocabulary';

/** Fields of a question, in the order of `WEIGHTS`. */
const TITLE = 0;
const SYMPTOMS = 1;
const CATEGORY = 2;
const BODY = 3;
/** BM25F: how much a hit in each field counts, and how much the field's length discounts it. */
const WEIGHTS = [5, 3, 0.8, 1];
const LENGTH_NORM = [0.6, 0.3, 0.2, 0.5];
const K1 = 1.2;
/** Positions of different fields never look adjacent. */
const FIELD_GAP = 1 << 20;
/** Share of a pair's smaller score added when two query words stand side by side in the question. */
const ADJACENT = 0.6;
/** A word inside an identifier (`unauthorized` in `unauthorized_client`) is weaker evidence than the word alone. */
const PART = 0.5;
/** A glossary phrase counts a little less than the words typed. */
const SYNONYM = 0.9;
/** Scores are floored at this share when a query word is missing, then rise with coverage squared. */
const COVERAGE_FLOOR = 0.2;
/** How much a symptom the title names counts against the best text match (1.0). */
const LANE = 1;
/** Queries longer than this are cut: nobody types more, and pasted logs should not stall the page. */
const MAX_QUERY = 512;

interface Doc {
  question: IndexedQuestion;
  category: [string, string];
  positions: Map<string, number[]>;
  titleTokens: Token[];
  bodyTokens?: Token[];
}

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
  /** 1-based index into the matched-terms list of what gave that score. */
  chosen: Int32Array;
  touched: Int32Array;
  seen: Uint8Array;
  base: Float64Array;
  factor: Float64Array;
  preliminary: Float64Array;
}

interface Posting {
  docs: number[];
  /** Weighted, length-normalised term frequency of the term in each doc (BM25F). */
  wtf: number[];
}

/**
 * Makes a searcher from the index file. Tokenises the shipped text once
 * (a few milliseconds for the FAQ) and answers each query from memory.
 * Never throws on a query: any string gives a (possibly empty) list.
 */
export function createSearcher(data: SearchIndexData): Searcher {
  const docs: Doc[] = [];
  const tf = new Map<string, Map<number, number[]>>();
  const totals = [0, 0, 0, 0];
  const lengths: number[][] = [];

  data.questions.forEach((question, d) => {
    const category = data.categories[question.c] ?? ['', ''];
    const titleTokens = tokenize(question.t);
    const fields: Token[][] = [
      titleTokens,
      tokenize(question.s.map(([label]) => label).join(' ; ')),
      tokenize(category[1]),
      tokenize(question.b),
    ];
    const positions = new Map<string, number[]>();
    const docLengths = [0, 0, 0, 0];
    fields.forEach((tokens, f) => {
      for (const token of tokens) {
        if (token.stop) continue;
        if (!token.compound) docLengths[f]!++;
        const list = positions.get(token.term);
        if (list) list.push(f * FIELD_GAP + token.pos);
        else positions.set(token.term, [f * FIELD_GAP + token.pos]);
        let perDoc = tf.get(token.term);
        if (!perDoc) tf.set(token.term, (perDoc = new Map()));
        let counts = perDoc.get(d);
        if (!counts) perDoc.set(d, (counts = [0, 0, 0, 0]));
        counts[f]! += token.part ? PART : 1;
      }
      totals[f]! += docLengths[f]!;
    });
    lengths.push(docLengths);
    docs.push({ question, category, positions, titleTokens });
  });

  const n = Math.max(docs.length, 1);
  const average = totals.map((total) => Math.max(total / n, 1));
  const postings = new Map<string, Posting>();
  const df = new Map<string, number>();
  for (const [term, perDoc] of tf) {
    const posting: Posting = { docs: [], wtf: [] };
    for (const [d, counts] of perDoc) {
      let weighted = 0;
      counts.forEach((count, f) => {
        if (count === 0) return;
        const norm = 1 - LENGTH_NORM[f]! + (LENGTH_NORM[f]! * lengths[d]![f]!) / average[f]!;
        weighted += (WEIGHTS[f]! * count) / norm;
      });
      posting.docs.push(d);
      posting.wtf.push(weighted);
    }
    postings.set(term, posting);
    df.set(term, perDoc.size);
  }
  const vocabulary = createVocabulary(df);
  const idf = (term: string) => {
    const count = df.get(term) ?? 0;
    return Math.log(1 + (docs.length - count + 0.5) / (count + 0.5));
  };
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
  const lane = createSymptomLane(data.questions);
  /** Per-search scratch space, reused so a query allocates little even over 10,000 questions. */
  let scratch: Buffers | undefined;
  const buffersFor = (nc: number): Buffers => {
    const size = docs.length * Math.max(nc, 1);
    if (!scratch || scratch.scores.length < size) {
      scratch = {
        scores: new Float64Array(size),
        chosen: new Int32Array(size),
        touched: new Int32Array(docs.length),
        seen: new Uint8Array(docs.length),
        base: new Float64Array(docs.length),
        factor: new Float64Array(docs.length),
        preliminary: new Float64Array(docs.length),
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
    const { concepts, spans } = parseQuery(query, vocabulary, phrases, open);

    const nc = concepts.length;
    const buffers = buffersFor(nc);
    const { scores, chosen, touched, seen } = buffers;
    let touchedCount = 0;
    const touch = (d: number) => {
      if (seen[d] === 1) return;
      seen[d] = 1;
      touched[touchedCount++] = d;
    };
    /** What matched each concept in a doc: an alternative's term, or a glossary phrase. */
    const matchedTerms: string[][] = [];
    concepts.forEach((concept, c) => {
      concept.alternatives.forEach(({ term, weight }) => {
        const posting = postings.get(term);
        if (!posting) return;
        const code = matchedTerms.push([term]);
        const termIdf = idf(term);
        for (let i = 0; i < posting.docs.length; i++) {
          const wtf = posting.wtf[i]!;
          const score = weight * termIdf * (wtf / (K1 + wtf));
          const d = posting.docs[i]!;
          touch(d);
          if (score > scores[d * nc + c]!) {
            scores[d * nc + c] = score;
            chosen[d * nc + c] = code;
          }
        }
      });
    });

    for (const span of spans) {
      const width = span.to - span.from + 1;
      // A synonym stands in for the words typed, so it is worth what they are worth, not what its own rarity says.
      // Words the index does not know at all (`duplicate`) take the phrase's own average.
      const typed = concepts.slice(span.from, span.to + 1).map((concept) => concept.alternatives.find((a) => a.weight === 1)?.term);
      for (const phrase of span.phrases) {
        const first = postings.get(phrase[0]!);
        if (!first) continue;
        const code = matchedTerms.push(phrase);
        const ownIdf = phrase.reduce((sum, term) => sum + idf(term), 0);
        const typedIdf = typed.reduce((sum, term) => sum + (term ? idf(term) : ownIdf / phrase.length), 0);
        const worth = typedIdf / ownIdf;
        for (const d of first.docs) {
          const score = phraseScore(d, phrase);
          if (score === 0) continue;
          let current = 0;
          if (seen[d] === 1) for (let c = span.from; c <= span.to; c++) current += scores[d * nc + c]!;
          let replacement = SYNONYM * score * worth;
          if (replacement <= current) continue;
          if (phrase.length > 1 && !isAdjacentRun(docs[d]!.positions, phrase)) replacement /= 2;
          if (replacement <= current) continue;
          touch(d);
          for (let c = span.from; c <= span.to; c++) {
            scores[d * nc + c] = replacement / width;
            chosen[d * nc + c] = code;
          }
        }
      }
    }

    const needed = concepts.map((concept) =>
      concept.bonus ? 0 : Math.max(0, ...concept.alternatives.map((a) => a.weight * idf(a.term))),
    );
    // A word only the glossary knows (`duplicate` in `duplicate payment`) still counts towards coverage.
    for (const span of spans) {
      for (const phrase of span.phrases) {
        const weight = (SYNONYM * phrase.reduce((sum, term) => sum + idf(term), 0)) / phrase.length;
        if (!phrase.every((term) => postings.has(term))) continue;
        for (let c = span.from; c <= span.to; c++) needed[c] = Math.max(needed[c]!, weight);
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
        sum += concepts[c]!.bonus ? score / 2 : score;
        covered += needed[c]!;
      }
      const coverage = neededTotal > 0 ? covered / neededTotal : 1;
      base[t] = sum;
      factor[t] = COVERAGE_FLOOR + (1 - COVERAGE_FLOOR) * coverage * coverage;
      bestText = Math.max(bestText, sum * factor[t]!);
    }
    let candidateCount = 0;
    for (let t = 0; t < touchedCount; t++) {
      const d = touched[t]!;
      if (options.category !== undefined && docs[d]!.category[0] !== options.category) {
        preliminary[t] = -1;
        continue;
      }
      const laneScore = Math.min(laneMatches.get(d)?.score ?? 0, 1.5);
      preliminary[t] = (bestText > 0 ? (base[t]! * factor[t]!) / bestText : 0) + LANE * laneScore;
      candidateCount++;
    }
    // Adjacency only reorders close scores, so it is checked for the leading candidates alone.
    const threshold = nthLargest(preliminary, touchedCount, Math.max(limit, 1) * 5 + 20);
    const leading: Ranked[] = [];
    for (let t = 0; t < touchedCount && candidateCount > 0; t++) {
      if (preliminary[t]! < threshold || preliminary[t]! <= 0) continue;
      const d = touched[t]!;
      const terms: string[][] = [];
      for (let c = 0; c < nc; c++) terms.push(chosen[d * nc + c]! > 0 ? matchedTerms[chosen[d * nc + c]! - 1]! : []);
      const conceptScores = Array.from(scores.subarray(d * nc, d * nc + nc));
      const adjacent = base[t]! > 0 ? adjacency(d, concepts, conceptScores, terms) : 0;
      const text = (base[t]! + adjacent) * factor[t]!;
      bestText = Math.max(bestText, text);
      const match = laneMatches.get(d);
      leading.push({ d, text, lane: Math.min(match?.score ?? 0, 1.5), score: 0, terms, labels: match?.labels ?? [] });
    }
    for (let t = 0; t < touchedCount; t++) {
      const d = touched[t]!;
      seen[d] = 0;
      scores.fill(0, d * nc, d * nc + nc);
      chosen.fill(0, d * nc, d * nc + nc);
    }
    for (const r of leading) r.score = (bestText > 0 ? r.text / bestText : 0) + LANE * r.lane;
    const scored = leading.sort((a, b) => b.score - a.score || a.d - b.d).slice(0, limit);
    const top = scored[0]?.score ?? 1;
    return scored.map((r) => {
      const doc = docs[r.d]!;
      doc.bodyTokens ??= tokenize(doc.question.b);
      const matched = new Set(r.terms.flat());
      const weight = (term: string) => (matched.has(term) ? idf(term) : 0);
      const snippet = createSnippet(doc.question.b, doc.bodyTokens, doc.question.p, weight);
      const result: SearchResult = {
        id: doc.question.id,
        title: doc.question.t,
        category: doc.category[0],
        categoryTitle: doc.category[1],
        url: doc.question.u,
        score: Math.round((r.score / top) * 1000) / 1000,
        snippet: { text: snippet.text, highlights: snippet.highlights },
        terms: surfaceForms(doc, matched, doc.bodyTokens),
        symptoms: r.labels,
      };
      if (snippet.step) result.step = snippet.step;
      return result;
    });
  }

  /** BM25F score of a glossary phrase in a doc: the sum of its terms' scores, 0 unless all occur. */
  function phraseScore(d: number, phrase: string[]): number {
    let score = 0;
    for (const term of phrase) {
      const posting = postings.get(term);
      const i = posting ? indexOfDoc(posting.docs, d) : -1;
      if (!posting || i < 0) return 0;
      const wtf = posting.wtf[i]!;
      score += idf(term) * (wtf / (K1 + wtf));
    }
    return score;
  }

  function adjacency(d: number, concepts: Concept[], scores: number[], terms: string[][]): number {
    const positions = docs[d]!.positions;
    let bonus = 0;
    for (let c = 0; c + 1 < concepts.length; c++) {
      if (concepts[c]!.bonus || concepts[c + 1]!.bonus) continue;
      const a = terms[c]!;
      const b = terms[c + 1]!;
      if (a.length !== 1 || b.length !== 1 || a[0] === b[0]) continue;
      if (isAdjacentRun(positions, [a[0]!, b[0]!])) bonus += ADJACENT * Math.min(scores[c]!, scores[c + 1]!);
    }
    return bonus;
  }

  return { search: (query, options) => search(query, options) };
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

/** The `count`-th largest of the first `length` values (or the smallest, when there are fewer). */
function nthLargest(values: Float64Array, length: number, count: number): number {
  if (length === 0) return 0;
  if (length <= count) return -Infinity;
  const sorted = values.slice(0, length).sort();
  return sorted[length - count]!;
}

/** Binary search: postings list their docs in ascending order. */
function indexOfDoc(docs: number[], d: number): number {
  let lo = 0;
  let hi = docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const value = docs[mid]!;
    if (value === d) return mid;
    if (value < d) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The words of the question that matched, as written there, title first; at most 12. */
function surfaceForms(doc: Doc, matched: Set<string>, bodyTokens: Token[]): string[] {
  const forms = new Map<string, string>();
  for (const [tokens, text] of [
    [doc.titleTokens, doc.question.t],
    [bodyTokens, doc.question.b],
  ] as const) {
    for (const token of tokens) {
      if (forms.size >= 12) break;
      if (!matched.has(token.term)) continue;
      const surface = text.slice(token.start, token.end);
      if (!forms.has(surface.toLowerCase())) forms.set(surface.toLowerCase(), surface);
    }
  }
  return [...forms.values()];
}
