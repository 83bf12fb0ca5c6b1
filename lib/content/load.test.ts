import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionGraph } from './load';
import { formatMessages } from './report';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'a-broken-anchor-an-unknown-question-and-an-unclosed-glossary-group');

describe('loadQuestionGraph', () => {
  it('gives the same graph and the same messages when a folder is read again (each file is parsed once per text)', () => {
    const first = loadQuestionGraph(FIXTURE, { cwd: FIXTURE });
    const firstReport = formatMessages(first.files);
    const second = loadQuestionGraph(FIXTURE, { cwd: FIXTURE });
    expect(formatMessages(second.files)).toBe(firstReport);
    expect(firstReport).toContain('faq/faq.md:13:12  error  Cannot find question `#why-does-captrue-fail`');
    expect(second.graph).toEqual(first.graph);
  });
});
