import { describe, expect, it } from 'vitest';
import type { SearchResult } from '@/lib/search/engine/client';
import { describeMatches } from './describe';

const result = (id: string, terms: string[], symptoms: string[] = []): SearchResult => ({
  id,
  title: `Title of ${id}`,
  category: 'c',
  categoryTitle: 'C',
  url: `/q/${id}/`,
  score: 1,
  snippet: { text: '', highlights: [] },
  terms,
  symptoms,
});

const nodes: Record<string, string> = { 'why-do-payments-fail': 'payments-fail', 'why-do-i-get-payment-failed': 'payment-failed', 'why-401': 'http-401', 'why-refund': 'refund', 'why-capture': 'capture' };
const answers = (question: string) => nodes[question];

describe('describeMatches', () => {
  it('keeps only questions with a troubleshooter answer, best first, with why each matched', () => {
    const described = describeMatches(
      [result('crowdfunding', ['keep']), result('why-do-i-get-payment-failed', ['Payment', 'failed', 'payments']), result('why-do-payments-fail', ['payments', 'fail', 'Payments'])],
      answers,
    );
    expect(described.matches).toEqual([
      { question: 'why-do-i-get-payment-failed', node: 'payment-failed', title: 'Title of why-do-i-get-payment-failed', words: ['payment', 'failed', 'payments'], symptoms: [] },
      { question: 'why-do-payments-fail', node: 'payments-fail', title: 'Title of why-do-payments-fail', words: ['payments', 'fail'], symptoms: [] },
    ]);
    expect(described.understood).toEqual({ symptoms: [], words: ['payment', 'failed', 'payments', 'fail'] });
    expect(described.otherResults).toBe(1);
  });

  it('names the symptoms the text was read as', () => {
    expect(describeMatches([result('why-401', ['401'], ['HTTP 401 Unauthorized'])], answers).understood).toEqual({ symptoms: ['HTTP 401 Unauthorized'], words: ['401'] });
  });

  it('gives the best match and the next few, no more', () => {
    const results = ['why-do-payments-fail', 'why-do-i-get-payment-failed', 'why-401', 'why-refund', 'why-capture'].map((id) => result(id, []));
    expect(describeMatches(results, answers).matches.map((match) => match.node)).toEqual(['payments-fail', 'payment-failed', 'http-401', 'refund']);
    expect(describeMatches(results, answers, 2).matches).toHaveLength(2);
  });

  it('has no matches when nothing has a troubleshooter answer', () => {
    expect(describeMatches([result('crowdfunding', ['keep'])], answers)).toEqual({ understood: { symptoms: [], words: [] }, matches: [], otherResults: 1 });
    expect(describeMatches([], answers)).toEqual({ understood: { symptoms: [], words: [] }, matches: [], otherResults: 0 });
  });
});
