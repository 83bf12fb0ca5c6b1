import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '@/lib/search';
import { loadQuestionGraph } from '@/lib/content/load';
import { readSearchIndex } from './search-index';

describe('readSearchIndex', () => {
  it('accepts the index the build writes and lists its categories', () => {
    const root = join(import.meta.dirname, '..');
    const { graph } = loadQuestionGraph(join(root, 'content'), { cwd: root });
    const reading = readSearchIndex(JSON.parse(JSON.stringify(buildSearchIndex(graph, { groups: [] }))));
    expect(reading.type).toBe('ok');
    if (reading.type === 'ok') expect(reading.categories).toContainEqual(['common-errors', 'Common errors']);
  });

  it.each([
    ['null', null, 'it is not a JSON object'],
    ['a list', [], 'it is not a JSON object'],
    ['an HTML error page read as text', '<html>', 'it is not a JSON object'],
    ['categories missing', { questions: [] }, 'its "categories" is not a list of [id, title] pairs'],
    ['categories of the wrong shape', { categories: [{ id: 'x' }] }, 'its "categories" is not a list of [id, title] pairs'],
  ])('rejects %s', (_case, json, problem) => {
    expect(readSearchIndex(json)).toEqual({ type: 'invalid', problem });
  });
});
