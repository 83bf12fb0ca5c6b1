import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { formatMessages } from './report';
import { checkPublishedIds, parsePublishedIds, recordPublishedIds } from './published-ids';
import { graphOf } from './test-helpers';

const before = '# Capture FAQ\n\n## Problems\n\n### Why does capture fail?\n\nThe reservation expired.\n\n### How do refunds work?\n\nUse the API.\n';
const record = (ids: Record<string, string>) => new VFile({ path: 'content/published-ids.json', value: `${JSON.stringify(ids, null, 2)}\n` });

function check(markdown: string, published: Record<string, string>, redirects: Record<string, string> = {}) {
  const recordFile = record(published);
  const { graph, files } = graphOf({ 'content/faq/capture.md': markdown });
  graph.redirects = redirects;
  checkPublishedIds(graph, parsePublishedIds(recordFile), recordFile, files);
  return formatMessages([...files, recordFile], { minSeverity: 'error' });
}

describe('published question ids', () => {
  const published = { 'why-does-capture-fail': 'capture.md', 'how-do-refunds-work': 'capture.md' };

  it('says nothing while every published id is still a question', () => {
    expect(check(before, published)).toBe('');
  });

  it('fails a reworded heading at its line, with both ways out', () => {
    expect(check(before.replace('Why does capture fail?', 'Why does capture fail, really?'), published)).toBe(
      'content/faq/capture.md:5:1  error  Published question id `#why-does-capture-fail` is gone, and this heading (now `#why-does-capture-fail-really`) looks like its new wording; keep the links already sent working: pin the old id (`### Why does capture fail, really? {#why-does-capture-fail}`) or add `why-does-capture-fail: why-does-capture-fail-really` to content/redirects.yaml  [published-id-gone]',
    );
  });

  it('is satisfied by a pinned id or by a redirect', () => {
    expect(check(before.replace('Why does capture fail?', 'Why does capture fail, really? {#why-does-capture-fail}'), published)).toBe('');
    expect(check(before.replace('Why does capture fail?', 'Why does capture fail, really?'), published, { 'why-does-capture-fail': '/q/why-does-capture-fail-really/' })).toBe('');
  });

  it('names the record’s line when no new heading looks like the lost one', () => {
    expect(check(before.replace(/### Why does capture fail\?\n\nThe reservation expired.\n\n/, ''), published)).toBe(
      'content/published-ids.json:2:3  error  Published question id `#why-does-capture-fail` (capture.md) is gone and no new heading there looks like it; pin `{#why-does-capture-fail}` on the heading that answers it now, add `why-does-capture-fail: <new id>` to content/redirects.yaml, or delete this line if the answer is gone for good  [published-id-gone]',
    );
  });

  it('records every current id and keeps retired ones, sorted', () => {
    const { graph } = graphOf({ 'content/faq/capture.md': before });
    expect(JSON.parse(recordPublishedIds(graph, new Map([['zzz-retired', 'capture.md']])))).toEqual({
      'how-do-refunds-work': 'capture.md',
      'why-does-capture-fail': 'capture.md',
      'zzz-retired': 'capture.md',
    });
    expect(Object.keys(JSON.parse(recordPublishedIds(graph, new Map([['zzz-retired', 'capture.md']]), ['zzz-retired'])))).not.toContain('zzz-retired');
  });

  it('reports a record that is not JSON at its first line', () => {
    const file = new VFile({ path: 'content/published-ids.json', value: '{ nope' });
    expect(parsePublishedIds(file).size).toBe(0);
    expect(formatMessages([file])).toMatch(/^content\/published-ids\.json:1:1  error  Cannot read the published ids: .*npm run publish:ids.*  \[malformed-published-ids\]$/);
  });
});
