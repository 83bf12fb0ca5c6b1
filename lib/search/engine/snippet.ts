import type { Token } from './normalize';

/** A word of the answer that matched, and what it counts. */
export interface Hit {
  token: Token;
  weight: number;
}

export interface Snippet {
  text: string;
  highlights: [number, number][];
  step?: string;
}

/** Roughly two lines of a result list. */
const LENGTH = 180;
const LEAD = 40;

/**
 * Picks the passage of an answer that holds the most (and rarest) matched
 * terms, and marks them. A checklist step wins when it holds as much as the
 * best passage, so a result can link straight to the step.
 *
 * @param hits The answer's words that matched, in order, with what each counts.
 */
export function createSnippet(body: string, hits: Hit[], steps: [string, number, number][]): Snippet {
  // A passage is scored on exactly what it shows: a word cut off at its end counts for nothing.
  const endOf = (start: number, limit = body.length) => Math.min(limit, wordEnd(body, start + LENGTH));
  let best = { start: 0, score: 0 };
  for (const { token } of hits) {
    const start = wordStart(body, Math.max(0, token.start - LEAD));
    const score = scoreRange(hits, start, endOf(start));
    if (score > best.score) best = { start, score };
  }
  let stepHit: { id: string; start: number; end: number; score: number } | undefined;
  for (const [id, start, end] of steps) {
    const score = scoreRange(hits, start, end);
    if (score > 0 && score >= best.score && (!stepHit || score > stepHit.score)) stepHit = { id, start, end, score };
  }
  if (stepHit) {
    // A step longer than a passage shows its part that holds the most, so what matched is in view.
    const { id, start: stepStart, end: stepEnd } = stepHit;
    let start = stepStart;
    let score = scoreRange(hits, start, endOf(start, stepEnd));
    for (const { token } of hits) {
      if (token.start < stepStart || token.end > stepEnd) continue;
      const at = Math.max(stepStart, wordStart(body, Math.max(0, token.start - LEAD)));
      const here = scoreRange(hits, at, endOf(at, stepEnd));
      if (here > score) ({ start, score } = { start: at, score: here });
    }
    return { ...mark(body, hits, start, endOf(start, stepEnd)), step: id };
  }
  return mark(body, hits, best.start, endOf(best.start));
}

function scoreRange(hits: Hit[], start: number, end: number): number {
  const seen = new Set<string>();
  let score = 0;
  for (const { token, weight } of hits) {
    if (token.start < start) continue;
    if (token.start >= end) break;
    if (token.end > end || seen.has(token.term)) continue;
    seen.add(token.term);
    score += weight;
  }
  return score;
}

function mark(body: string, hits: Hit[], start: number, end: number): Omit<Snippet, 'step'> {
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < body.length ? ' …' : '';
  const text = prefix + body.slice(start, end).trim() + suffix;
  const shift = prefix.length - (body.slice(start, end).length - body.slice(start, end).trimStart().length) - start;
  const ranges = hits
    .filter(({ token }) => token.start >= start && token.end <= end)
    .map(({ token }): [number, number] => [token.start + shift, token.end + shift])
    .sort((a, b) => a[0] - b[0]);
  const highlights: [number, number][] = [];
  for (const range of ranges) {
    const lastRange = highlights.at(-1);
    if (lastRange && range[0] <= lastRange[1]) lastRange[1] = Math.max(lastRange[1], range[1]);
    else highlights.push(range);
  }
  return { text, highlights };
}

function wordStart(text: string, at: number): number {
  if (at === 0) return 0;
  const sentence = text.lastIndexOf('. ', at);
  if (sentence >= 0 && at - sentence < LEAD) return sentence + 2;
  const space = text.indexOf(' ', at);
  return space < 0 ? at : space + 1;
}

function wordEnd(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const space = text.lastIndexOf(' ', at);
  return space <= 0 ? at : space;
}
