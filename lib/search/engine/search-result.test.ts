import { describe, expect, it } from 'vitest';
import { graphOf } from '@/lib/content/test-helpers';
import { buildSearchIndex } from '../build/build-index';
import { createSearcher } from './searcher';
import { createResult } from './search-result';
import { stem } from './stem';
import { fixtureIndex, numberOf } from '../test-helpers';
import { wholeSource } from './search-source';
import { createTokenCache } from './token-cache';

const data = fixtureIndex();
const tokens = createTokenCache(wholeSource(data));

function resultFor(id: string, terms: string[][], score = 0.5, top = 1, labels: string[] = []) {
  const d = numberOf(data, id);
  return createResult(data, data.questions[d]!, { d, text: 0, fit: 0, lane: 0, topical: true, score, terms, labels }, top, tokens.tokensOf(d), () => 1);
}

describe('createResult', () => {
  it('shows the phrasing that matched when nothing of the title or the answer did, its words marked', () => {
    const d = numberOf(data, 'how-can-i-refund-a-payment');
    const question = { ...data.questions[d]!, f: ['Give the money back', 'A customer wants their money back'] };
    const result = createResult(data, question, { d, text: 0, fit: 0, lane: 0, topical: true, score: 1, terms: [[stem('customer')], [stem('wants')]], labels: [] }, 1, tokens.tokensOf(d), () => 1);
    expect(result.terms).toEqual([]);
    expect(result.asked).toEqual({ text: 'A customer wants their money back', highlights: [[2, 10], [11, 16]] });
  });

  it('gives no phrasing when the title or the answer shows what matched', () => {
    const d = numberOf(data, 'how-can-i-refund-a-payment');
    const question = { ...data.questions[d]!, f: ['Refund a customer'] };
    const result = createResult(data, question, { d, text: 0, fit: 0, lane: 0, topical: true, score: 1, terms: [['refund']], labels: [] }, 1, tokens.tokensOf(d), () => 1);
    expect(result.asked).toBeUndefined();
  });

  it('gives what the result list shows, the score relative to the best rounded to thousandths', () => {
    const result = resultFor('why-do-i-get-http-403-forbidden', [['support']], 2, 3, ['HTTP 403 Forbidden']);
    expect(result).toEqual({
      id: 'why-do-i-get-http-403-forbidden',
      title: 'Why do I get HTTP 403 Forbidden?',
      category: 'common-errors',
      categoryTitle: 'Common errors',
      url: '/q/why-do-i-get-http-403-forbidden/',
      score: 0.667,
      snippet: {
        // The passage starts a little before the first matched word.
        text: '… are not allowed to use this API. Ask support to give the sale unit access.',
        highlights: [[39, 46]],
      },
      terms: ['support'],
      symptoms: ['HTTP 403 Forbidden'],
    });
  });

  it('lists the matched words as written in the question, title first, each form once', () => {
    const result = resultFor('how-can-i-refund-a-payment', [['refund'], ['payment']]);
    expect(result.terms).toEqual(['refund', 'payment', 'refunded']);
  });

  it('gives words that matched side by side as one phrase first', () => {
    const result = resultFor('why-has-one-of-my-customers-been-charged-twice-for-the-same-payment', [[stem('charged'), stem('twice')], [stem('charged'), stem('twice')]]);
    expect(result.terms).toEqual(['charged twice', 'charged', 'twice']);
  });

  it('marks only the distinctive words alone when a long query matched many, not its common ones', () => {
    const idf = (term: string) => (term === 'refund' ? 1 : 3);
    const d = numberOf(data, 'how-can-i-refund-a-payment');
    const matched = [['refund'], ['payment'], [stem('order')], [stem('amount')]];
    const result = createResult(data, data.questions[d]!, { d, text: 0, fit: 0, lane: 0, topical: true, score: 1, terms: matched, labels: [] }, 1, tokens.tokensOf(d), idf);
    // `refund` is common here; the others are three times as rare.
    expect(result.terms).not.toContain('refund');
    expect(result.terms).toEqual(expect.arrayContaining(['payment', 'order', 'amount']));
  });

  it('highlights the words a prefix being typed matched', () => {
    const result = resultFor('why-does-hurtigkasse-express-checkout-fail', [['hurtigk*']]);
    expect(result.terms).toEqual(['Hurtigkasse']);
    const [start, end] = result.snippet.highlights[0]!;
    expect(result.snippet.text.slice(start, end)).toBe('Hurtigkasse');
  });

  it('names the checklist step that holds the matched words', () => {
    const result = resultFor('why-do-payments-fail', [[stem('insufficient')], [stem('funds')]]);
    expect(result.step).toBe('step-2');
    expect(resultFor('why-do-payments-fail', [['histori']]).step).toBeUndefined();
  });
});

describe('the document of a result', () => {
  const faq = (title: string, question: string) => `# ${title}\n\n## General\n\n### ${question}\n\nAn answer about refunds.\n`;

  it('is named only when the index holds more than one document', () => {
    const one = buildSearchIndex(graphOf({ 'faq/a.md': faq('eCom API FAQ', 'How do I refund?') }).graph, { groups: [] });
    expect(createSearcher(one).search('refund')[0]?.documentTitle).toBeUndefined();
    const two = buildSearchIndex(graphOf({ 'faq/a.md': faq('eCom API FAQ', 'How do I refund?'), 'faq/b.md': faq('Recurring API FAQ', 'Can I refund a charge?') }).graph, { groups: [] });
    expect(createSearcher(two).search('refund').map((result) => [result.title, result.documentTitle])).toEqual([
      ['How do I refund?', 'eCom API FAQ'],
      ['Can I refund a charge?', 'Recurring API FAQ'],
    ]);
  });
});

describe('snippets', () => {
  it('never end in "?." where an answer links a question by its title at the end of a sentence', () => {
    const markdown = `# FAQ\n\n## General\n\n### How do I refund?\n\nRefunds are made from the portal. If the capture failed, see [Why does capture fail?](#why-does-capture-fail).\n\n### Why does capture fail?\n\nThe amount is too high.\n`;
    const data = buildSearchIndex(graphOf({ 'faq/a.md': markdown }).graph, { groups: [] });
    expect(data.questions[0]!.b).toBe('Refunds are made from the portal. If the capture failed, see Why does capture fail?');
    const [result] = createSearcher(data).search('refunds portal capture failed');
    expect(result?.snippet.text.endsWith('?.')).toBe(false);
  });
});
