import { beforeAll, describe, expect, it } from 'vitest';
import { loadQuestionGraph } from '@/lib/content/load';
import { buildSearchIndex, createSearcher, type Searcher } from './index';
import { loadSynonyms } from './load-synonyms';

let searcher: Searcher;

// Reading the FAQ and building its index takes seconds on a busy machine; the default hook timeout is 10 s.
beforeAll(() => {
  const { graph } = loadQuestionGraph('content');
  const data = buildSearchIndex(graph, loadSynonyms('content'));
  searcher = createSearcher(JSON.parse(JSON.stringify(data)));
}, 60_000);

const first = (query: string) => searcher.search(query)[0];

describe('the error-code lane', () => {
  it.each([
    ['401', 'why-do-i-get-http-401-unauthorized'],
    ['http 403', 'why-do-i-get-http-403-forbidden'],
    ['errorCode 35', 'why-do-i-get-errorcode-35-requested-order-not-found'],
    ['error 81', 'why-do-i-get-error-81-and-user-not-registered-with-vipps'],
    ['unauthorized_client', 'why-do-i-get-unauthorized_client'],
    ['AADSTS700016', 'why-do-i-get-unauthorized_client'],
    ['Subscription not found', 'why-do-i-get-http-401-unauthorized'],
    ['Invalid MSN 654321', 'why-do-i-get-invalid-msn-654321'],
  ])('%s leads to %s', (query, id) => {
    expect(first(query)?.id).toBe(id);
  });

  it('ranks the question whose title names the status above answers that mention it', () => {
    const ids = searcher.search('401').map((result) => result.id);
    expect(ids.indexOf('why-do-i-get-http-401-unauthorized')).toBe(0);
    expect(ids).toContain('why-do-i-get-unauthorized_client');
  });

  it('returns the matched symptom labels for badges', () => {
    expect(first('errorCode 35')?.symptoms).toEqual(['errorCode 35']);
  });
});

describe('forgiving matching', () => {
  it.each([
    ['captrue fails', 'why-does-capture-fail'],
    ['refnud payment', 'how-can-i-refund-a-payment'],
    ['paid twice', 'why-has-one-of-my-customers-been-charged-twice-for-the-same-payment'],
    ['customer says duplicate payment', 'why-has-one-of-my-customers-been-charged-twice-for-the-same-payment'],
    ['Brønnøysund', 'why-do-i-get-errorcode-37-merchant-not-available-or-deactivated-or-blocked'],
    ['bronnoysund', 'why-do-i-get-errorcode-37-merchant-not-available-or-deactivated-or-blocked'],
    ['hurtigk', 'why-does-vipps-hurtigkasse-express-checkout-fail'],
    ['euro', 'can-i-use-a-different-currency-than-nok'],
  ])('%s finds %s', (query, id) => {
    expect(first(query)?.id).toBe(id);
  });

  it('completes a word being typed: refu finds refund answers', () => {
    const ids = searcher.search('refu', { limit: 3 }).map((result) => result.id);
    expect(ids.length).toBe(3);
    expect(ids.every((id) => id.includes('refund'))).toBe(true);
  });
});

describe('results', () => {
  it('scores the best result 1 and the others relative to it, best first', () => {
    const scores = searcher.search('capture').map((result) => result.score);
    expect(scores[0]).toBe(1);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('honours limit and category', () => {
    expect(searcher.search('payment', { limit: 2 })).toHaveLength(2);
    const refunds = searcher.search('payment', { category: 'refunds' });
    expect(refunds.length).toBeGreaterThan(0);
    expect(refunds.every((result) => result.category === 'refunds' && result.categoryTitle === 'Refunds')).toBe(true);
  });

  it('highlights point at the matched words of the snippet', () => {
    const result = first('captrue fails')!;
    expect(result.snippet.highlights.length).toBeGreaterThan(0);
    for (const [start, end] of result.snippet.highlights) {
      expect(result.snippet.text.slice(start, end).toLowerCase()).toMatch(/^(captur|fail)/);
    }
    expect(result.terms.map((term) => term.toLowerCase())).toEqual(expect.arrayContaining(['capture', 'fail']));
  });

  it('names the checklist step that matched best', () => {
    const result = searcher.search('insufficient funds debit card').find((r) => r.id === 'why-do-payments-fail');
    expect(result?.step).toMatch(/^step-\d+$/);
  });
});

describe('any query is calm', () => {
  it.each([
    ['empty', ''],
    ['whitespace', '   \t\n '],
    ['10,000 characters', 'refund '.repeat(1430)],
    ['emoji', '💸🔥 refund 🙃'],
    ['HTML', '<script>alert("x")</script><img src=x onerror=alert(1)>'],
    ['regex metacharacters', '.*+?^${}()|[]\\ (401'],
    ['lone surrogate', '\uD800 capture'],
  ])('%s returns an array without throwing', (_, query) => {
    const results = searcher.search(query);
    expect(Array.isArray(results)).toBe(true);
  });

  it('returns nothing for an empty query', () => {
    expect(searcher.search('')).toEqual([]);
    expect(searcher.search('   ')).toEqual([]);
  });
});

describe('what the title is about', () => {
  it.each([
    ["can't capture payment", 'why-does-capture-fail'],
    ['user not returned to shop after paying', 'why-am-i-not-sent-back-to-where-i-came-from-when-i-have-paid'],
    ['pay money to a user', 'is-it-possible-for-a-merchant-to-pay-a-vipps-user'],
    ['customer not redirected after payment', 'why-am-i-not-sent-back-to-where-i-came-from-when-i-have-paid'],
    ['enable direct capture', 'how-do-i-turn-direct-capture-on-or-off'],
  ])('%s leads to %s, whose title holds the whole query, above answers that only mention its words', (query, id) => {
    expect(first(query)?.id).toBe(id);
  });

  it('prefers a title about the query over a longer one that also holds its words', () => {
    expect(first('give back part of the money')?.id).toBe('how-can-i-refund-only-a-part-of-a-payment');
  });

  it('does not let a common last word, still being typed, outweigh the rest of the query', () => {
    expect(first('which capture type do I have')?.id).toBe('how-can-i-check-if-i-have-reserve-capture-or-direct-capture');
  });
});
