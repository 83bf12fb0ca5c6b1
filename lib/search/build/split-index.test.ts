import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateKnowledgeBase } from '@/scripts/generate-kb';
import { buildSearchIndex } from './build-index';
import { createSearcher } from '../engine/searcher';
import { openShards } from '../engine/shard-source';
import { splitSearchIndex, type SearchFiles } from './split-index';
import { parseSynonyms } from './synonyms';
import type { SearchCoreData, SearchIndexData, SearchOptions, Searcher } from '../engine/types';

// A generated FAQ of 2,000 questions, searched whole and split: the same searcher code must give the same results.
let data: SearchIndexData;
let files: SearchFiles & { index: SearchCoreData };
let whole: Searcher;

beforeAll(() => {
  const glossary = parseSynonyms(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'synonyms.yaml'), 'utf8'), 'fixtures/synonyms.yaml');
  data = roundTrip(buildSearchIndex(generateKnowledgeBase({ questions: 2000, categories: 40 }), glossary));
  files = splitSearchIndex(data, { termShardBytes: 6000, questionsPerShard: 4 });
  whole = createSearcher(data);
});

/** What the browser gets: the JSON text parsed. */
function roundTrip<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A searcher over the split index whose shards come from `files`, recording each fetch. */
function openSplit(fail: (path: string) => boolean = () => false) {
  const fetched: string[] = [];
  const searcher = createSearcher(
    openShards(roundTrip(files.index), async (path) => {
      fetched.push(path);
      if (fail(path)) throw new Error(`HTTP 503 for ${path}`);
      const shard = files.shards.get(path);
      if (!shard) throw new Error(`HTTP 404 for ${path}`);
      return roundTrip(shard);
    }),
  );
  return { searcher, fetched };
}

/** Queries of every kind the searcher reads, made from the generated FAQ's own words. */
function queries(): [string, SearchOptions][] {
  const made: [string, SearchOptions][] = [];
  for (let i = 0; made.length < 120; i += 37) {
    const question = data.questions[i % data.questions.length]!;
    const words = question.t.replace(/[?"]/g, '').split(' ').filter((word) => word.length > 3);
    const word = words[i % words.length] ?? 'payment';
    const typo = `${word.slice(0, 2)}${word[3] ?? ''}${word[2] ?? ''}${word.slice(4)}`;
    made.push(
      [words.slice(1, 4).join(' '), {}],
      [question.s[0]?.[0] ?? `http ${400 + (i % 30)}`, { limit: 5 }],
      [typo, {}],
      [word.slice(0, 4), { limit: 20 }],
      [`why does ${words.slice(-2).join(' ')} fail`, { limit: 100, category: data.categories[i % data.categories.length]![0] }],
    );
  }
  return [
    ...made,
    ['customer paid twice', {}],
    ['give money back to the customer', {}],
    ['errorCode 35', {}],
    ['{"status":409,"detail":"Order already exists"}', {}],
    ['refund within 7 days', {}],
    ['how can I cancel an order in production', {}],
    ['xqzv', {}],
    ['', {}],
  ];
}

describe('a split index', () => {
  it('gives exactly the results of the whole index: ids, scores, snippets, highlights, terms', async () => {
    const { searcher } = openSplit();
    for (const [query, options] of queries()) {
      expect({ query, results: await searcher.searchAsync(query, options) }).toEqual({ query, results: whole.search(query, options) });
    }
  });

  it('keeps its core small: no titles or answers, which are in the document shards', () => {
    const core = JSON.stringify(files.index);
    expect(core.length).toBeLessThan(JSON.stringify(data).length / 5);
    expect(core).not.toContain(JSON.stringify(data.questions[7]!.t));
    expect([...files.shards.keys()].filter((path) => path.startsWith('search-shards/d'))).toHaveLength(500);
  });

  it('fetches the shards a query needs, each once, and none for a query it has answered', async () => {
    const { searcher, fetched } = openSplit();
    await searcher.searchAsync('why does capture fail');
    const first = fetched.length;
    expect(first).toBeGreaterThan(1);
    expect(first).toBeLessThan(files.shards.size / 20);
    await searcher.searchAsync('why does capture fail');
    expect(fetched).toHaveLength(first);
    await searcher.searchAsync('refund a payment');
    expect(new Set(fetched).size).toBe(fetched.length);
  });

  it('answers from what it holds until a search fetches the rest', async () => {
    const { searcher } = openSplit();
    expect(searcher.search('refund a payment')).toEqual([]);
    const results = await searcher.searchAsync('refund a payment');
    expect(results.length).toBeGreaterThan(0);
    expect(searcher.search('refund a payment')).toEqual(results);
  });

  it('rejects when a shard cannot be fetched, and fetches it again on the next search', async () => {
    let down = true;
    const { searcher, fetched } = openSplit(() => down);
    await expect(searcher.searchAsync('capture')).rejects.toThrow(/HTTP 503/);
    down = false;
    expect(await searcher.searchAsync('capture')).toEqual(whole.search('capture'));
    expect(fetched.length).toBeGreaterThan(new Set(fetched).size);
  });

  it('names its shards after the build, so a cached core never reads another build’s shards', () => {
    const again = splitSearchIndex(data, { termShardBytes: 6000, questionsPerShard: 4 });
    expect(again.index.shards.version).toBe(files.index.shards.version);
    const edited = roundTrip(data);
    edited.questions[3]!.b += ' Edited.';
    expect(splitSearchIndex(edited, { termShardBytes: 6000, questionsPerShard: 4 }).index.shards.version).not.toBe(files.index.shards.version);
  });
});
