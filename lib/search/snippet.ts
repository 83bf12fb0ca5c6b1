import type { Token } from './normalize';

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
 * @param weight How much a matched word counts; words not matched count 0.
 */
export function createSnippet(
  body: string,
  tokens: Token[],
  steps: [string, number, number][],
  weight: (token: Token) => number,
): Snippet {
  const hits = tokens.filter((token) => !token.stop && weight(token) > 0);
  let best = { start: 0, score: 0 };
  for (const hit of hits) {
    const start = wordStart(body, Math.max(0, hit.start - LEAD));
    const score = scoreRange(hits, start, start + LENGTH, weight);
    if (score > best.score) best = { start, score };
  }
  let stepHit: { id: string; start: number; end: number; score: number } | undefined;
  for (const [id, start, end] of steps) {
    const score = scoreRange(hits, start, end, weight);
    if (score > 0 && score >= best.score && (!stepHit || score > stepHit.score)) stepHit = { id, start, end, score };
  }
  if (stepHit) {
    const end = Math.min(stepHit.end, wordEnd(body, stepHit.start + LENGTH));
    return { ...mark(body, hits, stepHit.start, end), step: stepHit.id };
  }
  return mark(body, hits, best.start, wordEnd(body, best.start + LENGTH));
}

function scoreRange(hits: Token[], start: number, end: number, weight: (token: Token) => number): number {
  const seen = new Set<string>();
  let score = 0;
  for (const hit of hits) {
    if (hit.start < start || hit.end > end || seen.has(hit.term)) continue;
    seen.add(hit.term);
    score += weight(hit);
  }
  return score;
}

function mark(body: string, hits: Token[], start: number, end: number): Omit<Snippet, 'step'> {
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < body.length ? ' …' : '';
  const text = prefix + body.slice(start, end).trim() + suffix;
  const shift = prefix.length - (body.slice(start, end).length - body.slice(start, end).trimStart().length) - start;
  const ranges = hits
    .filter((hit) => hit.start >= start && hit.end <= end)
    .map((hit): [number, number] => [hit.start + shift, hit.end + shift])
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
