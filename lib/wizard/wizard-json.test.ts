import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { buildWizardTree } from './build-wizard-tree';
import { smallGraph } from './fixtures/small-graph';
import { toWizardJson } from './wizard-json';

const graph = smallGraph();
const file = new VFile({
  path: 'tree.yaml',
  value: `root: start
nodes:
  start:
    prompt: Which HTTP status does the API return?
    hint: It is in the response.
    options:
      - label: 401 Unauthorized
        next: http-401
      - label: 401 after rotating the keys
        next: http-401-rotated
        hint: New keys take a while.
  http-401:
    question: why-do-i-get-http-401-unauthorized
    summary: Check the keys.
  http-401-rotated:
    question: why-do-i-get-http-401-unauthorized
    checklist:
      - Wait five minutes after rotating the keys.
`,
});
const tree = buildWizardTree([file], graph);

describe('toWizardJson', () => {
  it('builds from a tree without messages', () => {
    expect(file.messages).toEqual([]);
  });

  it('publishes the root, choices and answers without source positions', () => {
    const json = toWizardJson(tree, graph);
    expect(json.root).toBe('start');
    expect(Object.keys(json.nodes)).toEqual(['start', 'http-401', 'http-401-rotated']);
    expect(JSON.stringify(json)).not.toContain('"source"');
    expect(json.nodes.start).toEqual({
      type: 'choice',
      prompt: 'Which HTTP status does the API return?',
      hint: 'It is in the response.',
      options: [
        { label: '401 Unauthorized', next: 'http-401' },
        { label: '401 after rotating the keys', next: 'http-401-rotated', hint: 'New keys take a while.' },
      ],
    });
  });

  it("resolves an answer's checklist from the question's numbered steps", () => {
    expect(toWizardJson(tree, graph).nodes['http-401']).toEqual({
      type: 'answer',
      question: 'why-do-i-get-http-401-unauthorized',
      title: 'Why do I get HTTP 401 Unauthorized?',
      url: '/q/why-do-i-get-http-401-unauthorized/',
      summary: 'Check the keys.',
      checklist: ['Check the API keys.', 'Check the access token.'],
    });
  });

  it("keeps a checklist written in the tree over the question's steps", () => {
    const node = toWizardJson(tree, graph).nodes['http-401-rotated'];
    expect(node?.type === 'answer' && node.checklist).toEqual(['Wait five minutes after rotating the keys.']);
  });

  it('puts the base path before every question URL', () => {
    const urls = Object.values(toWizardJson(tree, graph, { basePath: '/faq' }).nodes).flatMap((node) => (node.type === 'answer' ? [node.url] : []));
    expect(urls).toEqual(['/faq/q/why-do-i-get-http-401-unauthorized/', '/faq/q/why-do-i-get-http-401-unauthorized/']);
  });
});
