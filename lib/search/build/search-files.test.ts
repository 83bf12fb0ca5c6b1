import { describe, expect, it } from 'vitest';
import { buildSearchFiles } from './search-files';
import { fixtureIndex } from '../test-helpers';

describe('buildSearchFiles', () => {
  const data = fixtureIndex();

  it('serves a small FAQ as one file, which answers every query at once', () => {
    const files = buildSearchFiles(data);
    expect(files.index).toBe(data);
    expect(files.shards.size).toBe(0);
  });

  it('splits an index gzipped past the limit into a core and shards', () => {
    const files = buildSearchFiles(data, { splitAbove: 1024 });
    expect('shards' in files.index).toBe(true);
    expect(files.shards.size).toBeGreaterThan(data.questions.length);
  });
});
