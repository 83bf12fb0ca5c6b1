/**
 * Summaries of answers for link previews, category lists and troubleshooter
 * answers. A summary is whole sentences, never a sentence cut off: as many as
 * fit in the length asked for, and always at least the first. Only an answer
 * with no sentence end in sight is cut, at a word outside any quote.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';

/** Words whose full stop does not end a sentence. */
const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|approx|incl|excl|no|nr|ca|cf|ref|mr|mrs|ms|dr)\.$/i;
/** A sentence that ends like this introduces what follows it, so it cannot end a summary. */
const INTRODUCES = /[:,;]$/;
/** A sentence that only sends the reader elsewhere (`See: Errors.`) is no summary of this answer. */
const POINTER = /^see\b/i;

/**
 * Splits plain text into sentences. A `.`, `!` or `?` ends a sentence when a
 * space and a capital letter, digit or quote follow it, and never inside a
 * quotation or brackets: `The error "Invalid MSN: 654321. Check your keys."
 * means …` is one sentence. A quote mark that is never closed is not a quote.
 */
export function splitSentences(text: string): string[] {
  const source = text.replace(/\s+/g, ' ').trim();
  if (!source) return [];
  const quotes = pairedQuotes(source);
  const sentences: string[] = [];
  let start = 0;
  let inQuote = false;
  let brackets = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    // A quotation or bracket that closes right after a stop may end the sentence: `they "paid twice." It …`
    let closed = false;
    if (quotes.has(i)) {
      inQuote = char === '“' || (char === '"' && !inQuote);
      closed = !inQuote;
    } else if (char === '(' || char === '[') brackets++;
    else if ((char === ')' || char === ']') && brackets > 0) closed = --brackets === 0;
    if (inQuote || brackets > 0) continue;
    if (!'.!?'.includes(char) && !(closed && '.!?'.includes(source[i - 1] ?? ''))) continue;
    const next = source[i + 2];
    if (i + 1 < source.length && (source[i + 1] !== ' ' || next === undefined || !/[\p{Lu}\p{N}"“'‘(`]/u.test(next))) continue;
    if (char === '.' && ABBREVIATION.test(source.slice(start, i + 1))) continue;
    sentences.push(source.slice(start, i + 1));
    start = i + 2;
    i++;
  }
  if (start < source.length) sentences.push(source.slice(start).trim());
  return sentences.filter(Boolean);
}

/** Positions of the quote marks that open or close a quotation (an odd one out is an inch mark or a typo). */
function pairedQuotes(text: string): Set<number> {
  const positions = new Set<number>();
  const straight = [...text.matchAll(/"/g)].map((m) => m.index);
  for (const at of straight.slice(0, straight.length - (straight.length % 2))) positions.add(at);
  const open: number[] = [];
  for (const m of text.matchAll(/[“”]/g)) {
    if (m[0] === '“') open.push(m.index);
    else if (open.length) {
      positions.add(open.pop()!);
      positions.add(m.index);
    }
  }
  return positions;
}

/**
 * The first whole sentences of plain text that fit in `max` characters; at
 * least the first sentence, however long, unless it runs past `2 × max`.
 *
 * @param max Characters to aim for. @defaultValue 160
 */
export function summarise(text: string, max = 160): string {
  return takeSentences(splitSentences(text), max).join(' ') || cut(text.replace(/\s+/g, ' ').trim(), max);
}

/**
 * The summary of an answer from its sanitised HTML (or that HTML parsed): whole sentences of its
 * first paragraphs, as `summarise` takes them. Code blocks are never summary
 * text, and these paragraphs are passed over at the start:
 * - an alternative wording of the heading (`Or: Merchant not available.`);
 * - a word that only joins two code blocks (`or`);
 * - an introduction to a code block (`If you get errors like below:`).
 * An introduction to a list on its own (`The most common reasons are:`) is
 * followed by the first sentence of each item, in order, as many as fit.
 *
 * @param max Characters to aim for. @defaultValue 160
 */
export function summariseAnswer(answer: string | Root, max = 160): string {
  const blocks = (typeof answer === 'string' ? fromHtml(answer, { fragment: true }) : answer).children.filter(isElement);
  let sentences: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.tagName !== 'p') {
      if (sentences.length > 0) break;
      continue;
    }
    const text = plain(block);
    const own = splitSentences(text);
    if (sentences.length === 0) {
      if (/^or\s*:/i.test(text) || (!/[.!?:]/.test(text) && text.split(' ').length < 3)) continue;
      const next = blocks[i + 1];
      if (own.length === 1 && INTRODUCES.test(text)) {
        const items = next && (next.tagName === 'ul' || next.tagName === 'ol') ? listItemSentences(next) : [];
        if (items.length > 0) return takeSentences([`${text} ${items[0]}`, ...items.slice(1)], max).join(' ') || cut(`${text} ${items[0]}`, max);
        continue;
      }
    }
    const candidate = [...sentences, ...own];
    sentences = takeSentences(candidate, max);
    if (sentences.length < candidate.length || INTRODUCES.test(text)) break;
  }
  if (sentences.length > 0) return sentences.join(' ');
  return summarise(plain({ type: 'element', tagName: 'div', properties: {}, children: blocks.filter((b) => b.tagName !== 'pre') }), max);
}

/** The first sentence of each item of a list, up to the first item that has none of its own. */
function listItemSentences(list: Element): string[] {
  const firsts: string[] = [];
  for (const item of list.children.filter(isElement)) {
    const first = splitSentences(plain(item, { lists: false }))[0];
    if (!first || INTRODUCES.test(first)) break;
    firsts.push(first);
  }
  return firsts;
}

/** As many whole sentences from the start as fit in `max`: the first always, unless it runs past `2 × max`; never ending on one that introduces something else. */
function takeSentences(sentences: string[], max: number): string[] {
  const taken: string[] = [];
  let length = 0;
  for (const sentence of sentences) {
    const added = (taken.length ? 1 : 0) + sentence.length;
    if (taken.length > 0 && (length + added > max || POINTER.test(sentence))) break;
    if (taken.length === 0 && sentence.length > 2 * max) return [];
    taken.push(sentence);
    length += added;
  }
  while (taken.length > 1 && INTRODUCES.test(taken.at(-1)!)) taken.pop();
  return taken;
}

/** A run-on text cut at a word, within `max` with its ellipsis, and before any quotation left open there. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = text.lastIndexOf(' ', max - 1);
  if (end <= 0) end = max - 1;
  const open = openQuotationAt(text, end);
  if (open > 0) end = open;
  return `${text.slice(0, end).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** Where a quotation still open at `position` starts, or -1. */
function openQuotationAt(text: string, position: number): number {
  const quotes = pairedQuotes(text);
  let openedAt = -1;
  for (let i = 0; i < position; i++) {
    if (!quotes.has(i)) continue;
    const closes = text[i] === '”' || (text[i] === '"' && openedAt >= 0);
    openedAt = closes ? -1 : i;
  }
  return openedAt;
}

function plain(node: Element, options: { lists?: boolean } = {}): string {
  const source = options.lists === false ? { ...node, children: node.children.filter((child) => !isElement(child) || !['ul', 'ol', 'pre'].includes(child.tagName)) } : node;
  return toText(source, { whitespace: 'normal' }).replace(/\s+/g, ' ').trim();
}

function isElement(node: RootContent | ElementContent): node is Element {
  return node.type === 'element';
}
