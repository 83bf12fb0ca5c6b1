/** Shapes a ranked question into what a result list shows: snippet and highlights, matched words as written, relative score. */
import { tokenize, type Token } from './normalize';
import type { Ranked } from './types';
import { createSnippet, type Hit } from './snippet';
import type { QuestionTokens } from './token-cache';
import type { SearchSource } from './search-source';
import type { IndexedQuestion, SearchResult } from './types';
import { questionUrl } from '@/lib/routes';
import { questionIdOf } from './question-id';

/**
 * The result for a ranked question, `question` being question `ranked.d`.
 *
 * @param top The best result's score; scores are given relative to it, rounded to thousandths.
 * @param idf Idf of a term, which weighs the matched words when picking the snippet.
 */
export function createResult(
  data: Pick<SearchSource, 'categories' | 'documents'>,
  question: IndexedQuestion,
  ranked: Ranked,
  top: number,
  tokens: QuestionTokens,
  idf: (term: string) => number,
): SearchResult {
  const category = data.categories[question.c] ?? ['', '', 0];
  const matches = matcher(ranked.terms.flat(), idf);
  // Each word is weighed once, for the snippet and the terms alike: this runs for every result of every keystroke.
  const titleHits = weigh(tokens.title, matches);
  const bodyHits = weigh(tokens.body, matches);
  const snippet = createSnippet(question.b, bodyHits, question.p);
  const id = questionIdOf(question);
  const result: SearchResult = {
    id,
    title: question.t,
    category: category[0],
    categoryTitle: category[1],
    url: question.u ?? questionUrl(id),
    score: Math.round((ranked.score / top) * 1000) / 1000,
    snippet: { text: snippet.text, highlights: snippet.highlights },
    terms: surfaceForms(question, titleHits, bodyHits),
    symptoms: ranked.labels,
  };
  // Which FAQ a result is from only tells readers something when the site has several.
  if ((data.documents?.length ?? 0) > 1) result.documentTitle = data.documents[category[2]] ?? '';
  if (snippet.step) result.step = snippet.step;
  if (titleHits.length === 0 && bodyHits.length === 0) {
    const asked = matchedPhrasing(question.f ?? [], matches);
    if (asked) result.asked = asked;
  }
  return result;
}

/**
 * The phrasing that matched most, with its matched words marked: the reason a question is listed
 * when nothing of its title or answer matched (a troubleshooter option's words, a link's text).
 * Runs only for such results, so tokenising here costs nothing on most keystrokes.
 */
function matchedPhrasing(phrasings: string[], matches: (token: Token) => number): SearchResult['asked'] {
  let best: { text: string; hits: Hit[]; weight: number } | undefined;
  for (const text of phrasings) {
    const hits = weigh(tokenize(text), matches);
    const weight = hits.reduce((sum, hit) => sum + hit.weight, 0);
    if (weight > (best?.weight ?? 0)) best = { text, hits, weight };
  }
  return best && { text: best.text, highlights: best.hits.filter(({ token }) => !token.compound).map(({ token }) => [token.start, token.end]) };
}

/** The words of a text that matched, with what each counts; stopwords never do. */
function weigh(tokens: Token[], weight: (token: Token) => number): Hit[] {
  const hits: Hit[] = [];
  for (const token of tokens) {
    if (token.stop) continue;
    const w = weight(token);
    if (w > 0) hits.push({ token, weight: w });
  }
  return hits;
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

/** Most phrases and words a result gives for highlighting. */
const MAX_TERMS = 12;
/** A query matching more words than this marks only the distinctive ones alone (see `surfaceForms`). */
const FEW_WORDS = 3;
/** A word alone is distinctive when its weight is at least this share of the rarest matched word's. */
const DISTINCTIVE = 0.6;

/**
 * What to mark in the question, as written there, title first: runs of matched words that stand
 * together (`charged twice`) as phrases, then words alone. When the query matched more than a few words,
 * only the distinctive ones outside those phrases are marked alone: a long question's common words
 * (`payment`, `customer`) would mark half the answer. At most 12.
 */
function surfaceForms(question: IndexedQuestion, titleHits: Hit[], bodyHits: Hit[]): string[] {
  const phrases = new Map<string, { text: string; weight: number }>();
  const words = new Map<string, { text: string; term: string; weight: number }>();
  const inPhrase = new Set<string>();
  for (const [hits, text] of [
    [titleHits, question.t],
    [bodyHits, question.b],
  ] as const) {
    let run: Hit[] = [];
    const close = () => {
      if (run.length >= 2) {
        const phrase = run.map(({ token }) => text.slice(token.start, token.end)).join(' ');
        const key = phrase.toLowerCase();
        if (!phrases.has(key)) phrases.set(key, { text: phrase, weight: run.reduce((sum, hit) => sum + hit.weight, 0) });
        for (const { token } of run) inPhrase.add(text.slice(token.start, token.end).toLowerCase());
      }
      run = [];
    };
    for (const hit of hits) {
      const { token } = hit;
      if (token.compound) continue;
      // Words stand together when no other word, not even a stopword, is between them.
      const previous = run.at(-1);
      if (previous && token.pos !== previous.token.pos + 1) close();
      run.push(hit);
      const surface = text.slice(token.start, token.end);
      if (!words.has(surface.toLowerCase())) words.set(surface.toLowerCase(), { text: surface, term: token.term, weight: hit.weight });
    }
    close();
  }
  const distinctTerms = new Set([...words.values()].map((word) => word.term));
  const rarest = Math.max(0, ...[...words.values()].map((word) => word.weight));
  // A short query marks every word it matched; a long one only the distinctive words outside its phrases.
  const alone = [...words.values()].filter(
    (word) => distinctTerms.size <= FEW_WORDS || (!inPhrase.has(word.text.toLowerCase()) && word.weight >= DISTINCTIVE * rarest),
  );
  return [...[...phrases.values()].sort((a, b) => b.weight - a.weight), ...alone].slice(0, MAX_TERMS).map((form) => form.text);
}
