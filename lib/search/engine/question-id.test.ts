import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { buildQuestionGraph } from '@/lib/content/build-graph';
import { parseFaqDocument } from '@/lib/content/parse-faq';
import { slugify } from '@/lib/content/slug';
import { buildSearchIndex } from '../build/build-index';
import { anchorOf, questionIdOf } from './question-id';

describe('question ids in the index', () => {
  it.each(['Why do I get HTTP 401 Unauthorized?', 'Can I use `skipLandingPage`?', 'What is the difference between "Reserve Capture" and "Direct Capture"?', 'Hvorfor feiler betalingen – 3-D Secure?', 'Why do I get unauthorized_client?'])(
    'reads the anchor of %s as GitHub does',
    (title) => {
      expect(anchorOf(title)).toBe(slugify(title));
    },
  );

  it('ships an id only when the title does not spell it, and every id comes back', () => {
    const faq = '# FAQ\n\n## Errors\n\n### Why do I get HTTP 401?\n\nText.\n\n### Why do I get HTTP 401?\n\nThe same title again.\n\n### Why does capture fail, really? {#why-does-capture-fail}\n\nText.\n';
    const graph = buildQuestionGraph([parseFaqDocument(new VFile({ path: 'faq/a.md', value: faq }))]);
    const index = buildSearchIndex(graph, { groups: [] });
    expect(index.questions.map((question) => question.id)).toEqual([undefined, 'why-do-i-get-http-401-1', 'why-does-capture-fail']);
    expect(index.questions.map(questionIdOf)).toEqual(graph.questions.map((question) => question.id));
  });
});
