import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '@/lib/site/content-files';
import { loadQuestionGraph } from './load';
import { formatMessages } from './report';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'a-broken-anchor-an-unknown-question-and-an-unclosed-glossary-group');

describe('loadQuestionGraph', () => {
  it('gives the same graph and the same messages when it reuses the parses of an earlier load', () => {
    const files = readContentFiles(FIXTURE, FIXTURE);
    const first = loadQuestionGraph(files);
    const firstReport = formatMessages(files.faq);
    const second = loadQuestionGraph(files, { reuse: first.parsed });
    expect(second.parsed.get('faq/faq.md')).toBe(first.parsed.get('faq/faq.md'));
    expect(formatMessages(files.faq)).toBe(firstReport);
    expect(firstReport).toContain('faq/faq.md:13:12  error  Cannot find question `#why-does-captrue-fail`');
    expect(second.graph).toEqual(first.graph);
  });

  it('parses a file again when its text has changed', () => {
    const files = readContentFiles(FIXTURE, FIXTURE);
    const first = loadQuestionGraph(files);
    const edited = { ...files, faq: files.faq.map((file) => Object.assign(file, { value: `${String(file.value)}\n## Is this new?\n\nYes.\n` })) };
    const second = loadQuestionGraph(edited, { reuse: first.parsed });
    expect(second.parsed.get('faq/faq.md')).not.toBe(first.parsed.get('faq/faq.md'));
    expect(second.graph.questions.map((question) => question.title)).toContain('Is this new?');
  });
});
