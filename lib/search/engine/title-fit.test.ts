import { describe, expect, it } from 'vitest';
import { tokenize } from './normalize';
import type { Concept, SynonymSpan } from './query';
import { stem } from './stem';
import { titleFit } from './title-fit';

const titleWords = (title: string) => tokenize(title).filter((token) => !token.stop && !token.compound);
const concept = (word: string, prefixes: string[] = []): Concept => ({ text: word, alternatives: [{ term: stem(word), weight: 1 }], bonus: false, prefixes });

describe('titleFit', () => {
  const refundPart = [concept('refund'), concept('part')];

  it('is 1 for a title that holds the whole query and nothing else', () => {
    expect(titleFit(titleWords('Refund part'), refundPart, [], [1, 1], 2, 0.2)).toBe(1);
  });

  it('is the needed share of the query the title holds', () => {
    expect(titleFit(titleWords('Refund'), refundPart, [], [3, 1], 4, 0)).toBe(0.75);
  });

  it('is trimmed by `titleFocus` when the title is mostly about other things', () => {
    const fit = titleFit(titleWords('How can I refund only a part of a payment?'), refundPart, [], [1, 1], 2, 0.2);
    // The title's words: refund, part, payment (stopwords aside); the query accounts for two of three.
    expect(fit).toBeCloseTo(0.8 + 0.2 * (2 / 3), 12);
  });

  it('counts a word being typed that starts a title word', () => {
    expect(titleFit(titleWords('Refund part'), [concept('refund'), { ...concept('pa'), alternatives: [], prefixes: ['pa'] }], [], [1, 1], 2, 0.2)).toBe(1);
  });

  it('counts the words of a glossary phrase the title holds in place of the words typed', () => {
    const words = [concept('money'), concept('back')];
    const spans: SynonymSpan[] = [{ from: 0, to: 1, phrases: [['refund']] }];
    expect(titleFit(titleWords('How can I refund a payment?'), words, spans, [1, 1], 2, 0)).toBe(1);
    expect(titleFit(titleWords('How can I refund a payment?'), words, [], [1, 1], 2, 0)).toBe(0);
  });

  it('is 0 for an empty title or a query that needs nothing', () => {
    expect(titleFit([], refundPart, [], [1, 1], 2, 0.2)).toBe(0);
    expect(titleFit(titleWords('Refund part'), refundPart, [], [0, 0], 0, 0.2)).toBe(0);
  });
});
