import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { SearchIndexData } from '@/lib/search/engine/types';

describe('/search-index.json', () => {
  it('serves an index of the content folder that the browser searcher can use', async () => {
    // A fixture content folder, so an author's edit of content/ cannot break this test.
    vi.stubEnv('FAQ_CONTENT', join(import.meta.dirname, '..', '..', 'lib', 'wizard', 'fixtures', 'holdout-content'));
    vi.resetModules();
    const { GET } = await import('./route');
    const { getSite } = await import('@/lib/site/get-site');
    const { createSearcher } = await import('@/lib/search/engine/searcher');
    const response = GET();
    expect(response.headers.get('content-type')).toContain('application/json');
    const data = (await response.json()) as SearchIndexData;
    const searcher = createSearcher(data);
    const { questions } = getSite().graph;
    expect(questions.length).toBeGreaterThan(10);
    // The fixture has a troubleshooter tree, so its options are phrasings of the answers they lead to.
    expect(data.questions.filter((question) => question.f?.length).length).toBeGreaterThan(10);
    // Every question of the graph can be found by its own title.
    const missing = questions.filter((q) => !searcher.search(q.title, { limit: 10 }).some((r) => r.id === q.id));
    expect(missing.map((q) => q.id)).toEqual([]);
    vi.unstubAllEnvs();
  }, 30_000);
});
