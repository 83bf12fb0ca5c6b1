import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseWizardTree } from './parse-wizard-tree';
import { pathsTo } from './walk';

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
