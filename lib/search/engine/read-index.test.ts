import { describe, expect, it } from 'vitest';
import { graphOf } from '@/lib/content/test-helpers';
import { buildSearchIndex } from '@/lib/search/build/build-index';
import { readSearchIndex } from './read-index';

describe('readSearchIndex', () => {
  it('accepts an index as the build writes it and lists its categories', () => {
    const { graph } = graphOf({
      'content/faq/mini.md': '# Mini FAQ\n\n## Common errors\n\n### Why do I get HTTP 401 Unauthorized?\n\nCheck the key.\n\n## Refunds\n\n### How can I refund a payment?\n\nCall refund.\n',
    });
    const reading = readSearchIndex(JSON.parse(JSON.stringify(buildSearchIndex(graph, { groups: [] }))));
    expect(reading).toMatchObject({ type: 'ok', categories: [['common-errors', 'Common errors'], ['refunds', 'Refunds']] });
  });

  it.each([
    ['null', null, 'it is not a JSON object'],
    ['a list', [], 'it is not a JSON object'],
    ['an HTML error page read as text', '<html>', 'it is not a JSON object'],
    ['categories missing', { questions: [] }, 'its "categories" is not a list of [id, title] pairs'],
    ['categories of the wrong shape', { categories: [{ id: 'x' }] }, 'its "categories" is not a list of [id, title] pairs'],
    ['neither questions nor shards', { categories: [] }, 'it has neither "questions" (a whole index) nor "shards" (the core of a split one)'],
    ['shards without a version', { categories: [], shards: { terms: [] } }, 'it has neither "questions" (a whole index) nor "shards" (the core of a split one)'],
  ])('rejects %s', (_case, json, problem) => {
    expect(readSearchIndex(json)).toEqual({ type: 'invalid', problem });
  });
});
