import { describe, expect, it } from 'vitest';
import type { QueryReading, SearchResult } from '@/lib/search/engine/client';
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

/** A reading of a query that typed these words and was read with nothing else. */
const read = (...words: string[]): QueryReading => ({ words: words.map((text) => ({ text })), expansions: [], missing: [] });

const nodes: Record<string, string> = { 'why-do-payments-fail': 'payments-fail', 'why-do-i-get-payment-failed': 'payment-failed', 'why-401': 'http-401', 'why-refund': 'refund', 'why-capture': 'capture' };
const answers = (question: string) => nodes[question];

describe('describeMatches', () => {
  it('keeps only questions with a troubleshooter answer, best first, with why each matched', () => {
    const described = describeMatches(
      {
        results: [result('crowdfunding', ['keep']), result('why-do-i-get-payment-failed', ['Payment', 'failed', 'payments']), result('why-do-payments-fail', ['payments', 'fail', 'Payments'])],
        reading: read('payment', 'failed'),
      },
      answers,
    );
    expect(described.matches).toEqual([
      { question: 'why-do-i-get-payment-failed', node: 'payment-failed', title: 'Title of why-do-i-get-payment-failed', words: ['payment', 'failed', 'payments'], symptoms: [] },
      { question: 'why-do-payments-fail', node: 'payments-fail', title: 'Title of why-do-payments-fail', words: ['payments', 'fail'], symptoms: [] },
    ]);
    expect(described.understood).toEqual({ symptoms: [], words: ['payment', 'failed'], expansions: [], missing: [] });
    expect(described.otherResults).toBe(1);
  });

  it('names the symptoms the text was read as', () => {
    expect(describeMatches({ results: [result('why-401', ['401'], ['HTTP 401 Unauthorized'])], reading: read('401') }, answers).understood).toEqual({
      symptoms: ['HTTP 401 Unauthorized'],
      words: ['401'],
      expansions: [],
      missing: [],
    });
  });

  it('reads the text as typed, leaving out only the words that say how it was asked, and keeps what it searched for instead apart', () => {
    const reading: QueryReading = {
      words: [{ text: 'I', ignored: true }, { text: 'get' , ignored: true }, { text: '401' }, { text: 'calling' }, { text: 'the', ignored: true }, { text: 'API' }],
      expansions: [{ text: 'apim', for: 'API', kind: 'completion' }],
      missing: [],
    };
    const { understood } = describeMatches({ results: [result('why-401', ['401', 'apim'])], reading }, answers);
    expect(understood.words).toEqual(['401', 'calling', 'API']);
    expect(understood.expansions).toEqual([{ text: 'apim', for: 'API', kind: 'completion' }]);
  });

  it('gives the best match and the next few, no more', () => {
    const results = ['why-do-payments-fail', 'why-do-i-get-payment-failed', 'why-401', 'why-refund', 'why-capture'].map((id) => result(id, []));
    expect(describeMatches({ results, reading: read() }, answers).matches.map((match) => match.node)).toEqual(['payments-fail', 'payment-failed', 'http-401', 'refund']);
    expect(describeMatches({ results, reading: read() }, answers, 2).matches).toHaveLength(2);
  });

  it('has no matches when nothing has a troubleshooter answer', () => {
    const nothing = { symptoms: [], words: [], expansions: [], missing: [] };
    expect(describeMatches({ results: [result('crowdfunding', ['keep'])], reading: read() }, answers)).toEqual({ understood: nothing, matches: [], otherResults: 1 });
    expect(describeMatches({ results: [], reading: read() }, answers)).toEqual({ understood: nothing, matches: [], otherResults: 0 });
  });
});
