import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseWizardTree } from './parse-wizard-tree';
import { parents, pathsTo, walk } from './walk';

const tree = parseWizardTree(
  new VFile({
    path: 'tree.yaml',
    value: `root: start
nodes:
  start:
    prompt: What do you see?
    options:
      - label: An HTTP status
        next: http-status
      - label: 401 Unauthorized
        next: http-401
  http-status:
    prompt: Which status?
    options:
      - label: 401 Unauthorized
        next: http-401
      - label: 403 Forbidden
        next: http-403
  http-401:
    question: why-do-i-get-http-401-unauthorized
  http-403:
    question: why-do-i-get-http-403-forbidden
`,
  }),
);

describe('pathsTo', () => {
  it('gives each node its shortest list of choices from the root', () => {
    expect(pathsTo(tree)).toEqual({
      start: [],
      'http-status': [{ node: 'start', optionIndex: 0, label: 'An HTTP status' }],
      'http-401': [{ node: 'start', optionIndex: 1, label: '401 Unauthorized' }],
      'http-403': [
        { node: 'start', optionIndex: 0, label: 'An HTTP status' },
        { node: 'http-status', optionIndex: 1, label: '403 Forbidden' },
      ],
    });
  });

  it('is empty when the root is missing', () => {
    expect(pathsTo({ ...tree, root: 'nowhere' })).toEqual({});
  });
});

describe('walk', () => {
  it('follows labels, ignoring case and spacing, to the node they lead to', () => {
    const result = walk(tree, ['an http status', ' 403  Forbidden ']);
    expect(result.type).toBe('found');
    expect(result.type === 'found' && result.node.id).toBe('http-403');
    expect(result.path.map((step) => step.label)).toEqual(['An HTTP status', '403 Forbidden']);
  });

  it('stays at the root when given no labels', () => {
    const result = walk(tree, []);
    expect(result.type === 'found' && result.node.id).toBe('start');
  });

  it.each([
    [['An HTTP status', '404 Not Found'], 'Choice `http-status` has no option "404 Not Found"; it offers "401 Unauthorized", "403 Forbidden"'],
    [['401 Unauthorized', 'Next'], '`http-401` is an answer; there is no option "Next" after it'],
  ])('names the label it cannot follow: %j', (labels, reason) => {
    const result = walk(tree, labels);
    expect(result.type).toBe('not-found');
    expect(result.type === 'not-found' && result.reason).toBe(reason);
    expect(result.type === 'not-found' && result.label).toBe(labels[1]);
  });
});

describe('parents', () => {
  it('lists every option that leads to a node', () => {
    expect(parents(tree, 'http-401')).toEqual([
      { node: 'start', optionIndex: 1, label: '401 Unauthorized' },
      { node: 'http-status', optionIndex: 0, label: '401 Unauthorized' },
    ]);
    expect(parents(tree, 'start')).toEqual([]);
  });
});
