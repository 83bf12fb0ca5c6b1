import { describe, expect, it } from 'vitest';
import { createSearcher, type SearchIndexData } from '@/lib/search';
import { getSite } from '@/app/_lib/site';
import { GET } from './route';

describe('/search-index.json', () => {
  it('serves an index of the current content that the browser searcher can use', async () => {
    const response = GET();
    expect(response.headers.get('content-type')).toContain('application/json');
    const data = (await response.json()) as SearchIndexData;
    const searcher = createSearcher(data);
    // content/wizard/ exists, so the troubleshooter's options are phrasings of the answers they lead to.
    expect(data.questions.filter((question) => question.f?.length).length).toBeGreaterThan(10);
    expect(searcher.search('401')[0]?.id).toBe('why-do-i-get-http-401-unauthorized');
    // Every question of the graph can be found by its own title.
    const missing = getSite().graph.questions.filter((q) => !searcher.search(q.title, { limit: 10 }).some((r) => r.id === q.id));
    expect(missing.map((q) => q.id)).toEqual([]);
  });
});
