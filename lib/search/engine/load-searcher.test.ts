import { describe, expect, it } from 'vitest';
import { graphOf } from '@/lib/content/test-helpers';
import { buildSearchIndex } from '@/lib/search/build/build-index';
import { openSearcher } from './client';
import { createSearcherLoader, type SearcherFiles } from './load-searcher';

const { graph } = graphOf({ 'content/faq/mini.md': '# Mini FAQ\n\n## Refunds\n\n### How can I refund a payment?\n\nCall refund.\n' });
const index = JSON.parse(JSON.stringify(buildSearchIndex(graph, { groups: [] }))) as unknown;

function files(answers: (() => unknown)[]): SearcherFiles & { fetched: number } {
  const source = {
    fetched: 0,
    fetchJson: async () => answers[source.fetched++]!(),
    importCode: async () => ({ openSearcher }),
    mismatch: 'Reload the page.',
  };
  return source;
}

describe('createSearcherLoader', () => {
  it('loads once for every caller on the page', async () => {
    const source = files([() => index]);
    const load = createSearcherLoader(source);
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).toBe(b);
    expect(source.fetched).toBe(1);
    expect(a.categories).toEqual([['refunds', 'Refunds']]);
    expect(a.searcher.search('refund')[0]?.id).toBe('how-can-i-refund-a-payment');
  });

  it('says what is wrong with a file that is no index of this build, and tries again on the next call', async () => {
    const source = files([() => ({ categories: 'x' }), () => index]);
    const load = createSearcherLoader(source);
    await expect(load()).rejects.toThrow('The search index cannot be used: its "categories" is not a list of [id, title] pairs. Reload the page.');
    expect((await load()).categories).toHaveLength(1);
  });

  it('forgets a failed fetch', async () => {
    const source = files([
      () => {
        throw new Error('Could not load search-index.json: HTTP 503.');
      },
      () => index,
    ]);
    const load = createSearcherLoader(source);
    await expect(load()).rejects.toThrow('HTTP 503');
    expect((await load()).searcher).toBeDefined();
  });
});
