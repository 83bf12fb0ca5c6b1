import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { SearchCoreData } from '@/lib/search/engine/types';

describe('/search-shards/*', () => {
  it('serves every shard of a split index, and the searcher finds with them what it finds in the whole index', async () => {
    const content = join(import.meta.dirname, '..', '..', '..', 'lib', 'wizard', 'fixtures', 'holdout-content');
    vi.stubEnv('FAQ_CONTENT', content);
    // A small FAQ is one file; split it anyway.
    vi.stubEnv('FAQ_SEARCH_SPLIT_ABOVE', '0');
    vi.resetModules();
    const shardRoute = await import('./route');
    const indexRoute = await import('@/app/search-index.json/route');
    const { createSearcher } = await import('@/lib/search/engine/searcher');
    const { openShards } = await import('@/lib/search/engine/shard-source');
    const { buildSite } = await import('@/lib/site/build-site');
    const get = (file: string) => shardRoute.GET(new Request(`http://faq.test/search-shards/${file}`), { params: Promise.resolve({ file }) });

    const core = (await indexRoute.GET().json()) as SearchCoreData;
    expect(core.shards.version).toMatch(/^[0-9a-z]+$/);
    const files = shardRoute.generateStaticParams().map(({ file }) => file);
    expect(files[0]).toBe('index.json');
    expect(await (await get('index.json')).json()).toEqual({ version: core.shards.version, shards: files.length - 1 });
    expect((await get(`t0.${core.shards.version}x.json`)).status).toBe(404);

    const served: string[] = [];
    const split = createSearcher(
      openShards(core, async (path) => {
        served.push(path);
        const response = await get(path.replace(/^search-shards\//, ''));
        expect(response.headers.get('content-type')).toContain('application/json');
        return response.json();
      }),
    );
    const whole = createSearcher(buildSite(content).searchIndex);
    for (const query of ['401', 'refund a payment', 'captrue fails', 'how long is a payment reserved', 'kunden vil ha pengene tilbake']) {
      expect(await split.searchAsync(query)).toEqual(whole.search(query));
    }
    expect(served.every((path) => files.includes(path.replace(/^search-shards\//, '')))).toBe(true);
    vi.unstubAllEnvs();
  }, 30_000);
});
