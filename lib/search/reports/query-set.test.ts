import { describe, expect, it } from 'vitest';
import { parseQuerySet } from './query-set';

describe('parseQuerySet', () => {
  it('reads cases with their acceptable ids and lines, skipping comments and blank lines', () => {
    const set = parseQuerySet('# Development queries.\n# Format: query<TAB>ids\n401\twhy-401\n\n# Typos\ncaptrue\twhy-capture , how-capture\r\n', 'queries/dev.tsv');
    expect(set).toEqual({
      kind: 'dev',
      cases: [
        { query: '401', accept: ['why-401'], line: 3 },
        { query: 'captrue', accept: ['why-capture', 'how-capture'], line: 6 },
      ],
    });
  });

  it('reads the FAQ a set is judged on from a `# faq:` header line', () => {
    const set = parseQuerySet('# Recurring API queries, development set.\n# faq: e2e/fixtures/corpora/vipps-recurring-api-faq.md \nagreement\tx\n', 'recurring-dev.tsv');
    expect(set.faq).toBe('e2e/fixtures/corpora/vipps-recurring-api-faq.md');
    expect(set.faqLine).toBe(2);
    expect(set.kind).toBe('dev');
  });

  it.each([
    ['a held-out file name', 'holdout-2.tsv', '# Second set.\n'],
    ['a first line that says held-out', 'extra.tsv', '# Held-out queries for the search benchmark.\n'],
    ['a first line that says holdout', 'extra.tsv', '# PSP holdout set.\n'],
    ['a header line that says kept blind', 'psp.tsv', '# Relevance queries for the PSP FAQ.\n# faq: psp.md\n# Mix: short queries; kept blind.\n'],
  ])('keeps a set blind for %s', (_, name, header) => {
    expect(parseQuerySet(`${header}q\tid\n`, name).kind).toBe('blind');
  });

  it.each([
    ['only mentions another held-out set', '# A starter set of queries.\n# Grow it; a held-out set of the same kind is used to judge relevance.\n'],
    ['says its queries were written blind', '# Queries for the Recurring FAQ, development set.\n# Written blind, by someone who never saw the engine.\n'],
  ])('leaves a development set whose header %s', (_, header) => {
    expect(parseQuerySet(`${header}q\tid\n`, 'starter.tsv').kind).toBe('dev');
  });

  it('knows a regression set by its name or first line', () => {
    expect(parseQuerySet('# Answers that must stay first.\nq\tid\n', 'queries/regression.tsv').kind).toBe('regression');
    expect(parseQuerySet('# Regression queries for the eCom FAQ.\nq\tid\n', 'ecom.tsv').kind).toBe('regression');
  });

  it('reads a `# faq:` line among the queries as a comment', () => {
    expect(parseQuerySet('# Dev.\nq\tid\n# faq: other.md\n', 'dev.tsv').faq).toBeUndefined();
  });
});
