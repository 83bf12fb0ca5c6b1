import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSearcher } from '../engine/searcher';
import { buildSearchReport, formatSearchReport, parseFaqEvents } from './search-report';
import { fixtureIndex } from '../test-helpers';
import { questionIdOf } from '../engine/question-id';

const text = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'search-events.jsonl'), 'utf8');
const data = fixtureIndex();
const titles = new Map(data.questions.map((question) => [questionIdOf(question), question.t]));

describe('parseFaqEvents', () => {
  it('reads the events and names every line it skips, and why', () => {
    const { events, problems } = parseFaqEvents(text, 'events.jsonl');
    expect(events).toHaveLength(10);
    expect(problems).toEqual([
      'events.jsonl:12  not JSON: `not json at all`; line skipped',
      'events.jsonl:13  not an event: expected an object such as {"type":"faq:search","detail":{"query":"…"}}; line skipped',
      'events.jsonl:14  faq:search needs `detail.query` (a string), and `detail.resultId` is a string when present; line skipped',
      'events.jsonl:15  `time` is not an ISO 8601 date: `yesterday`; line skipped',
      'events.jsonl:16  `type` is no faq: event; line skipped',
    ]);
  });
});

describe('buildSearchReport', () => {
  const { events } = parseFaqEvents(text);
  const report = buildSearchReport(events, createSearcher(data), (id) => titles.get(id));

  it('lists the searches the current index finds nothing for, grouped and counted, with the question the visitor reached', () => {
    expect(report.searches).toBe(6);
    expect(report.noResults).toEqual([
      {
        query: 'zeppelin delivery',
        count: 2,
        suggestion: { question: 'why-has-one-of-my-customers-been-charged-twice-for-the-same-payment', title: titles.get('why-has-one-of-my-customers-been-charged-twice-for-the-same-payment'), because: 'reached' },
      },
      { query: 'quux', count: 1 },
    ]);
  });

  it('lists the searches followed by "This did not solve it", with the top result or the question solved later', () => {
    expect(report.notSolved.map(({ query, notSolved, suggestion }) => [query, notSolved, suggestion?.question, suggestion?.because])).toEqual([
      ['capture failed', 'why-does-capture-fail', 'why-do-payments-fail', 'reached'],
      ['money back after a year', 'how-can-i-refund-a-payment', createSearcher(data).search('money back after a year').find((r) => r.id !== 'how-can-i-refund-a-payment')?.id, 'top'],
    ]);
  });

  it('prints each group with its count and where to add it as `also asked as`', () => {
    const printed = formatSearchReport(report, ['events.jsonl:12  not JSON: `x`; line skipped']);
    expect(printed).toContain('Searches that find nothing (2 queries, 3 of 6 searches)');
    expect(printed).toContain('     2×  "zeppelin delivery"  →  add to `why-has-one-of-my-customers-been-charged-twice-for-the-same-payment` (the question they reached:');
    expect(printed).toContain('     1×  "quux"  →  no question found: write an answer, or add the words to the glossary');
    expect(printed).toContain('     1×  "capture failed"  did not solve it at `why-does-capture-fail`  →  add to `why-do-payments-fail` (the question they reached: Why do payments fail?)');
    expect(printed).toContain('Lines skipped (1)\n  events.jsonl:12  not JSON: `x`; line skipped');
  });
});
