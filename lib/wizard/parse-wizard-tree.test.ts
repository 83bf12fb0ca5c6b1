import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { formatMessages } from '@/lib/content/report';
import { mergeWizardTrees } from './merge-wizard-trees';
import { parseWizardTree } from './parse-wizard-tree';

/** Parses `text` as the wizard file `path`: the tree and the file with its messages. */
function parse(text: string, path = 'tree.yaml') {
  const file = new VFile({ path, value: text });
  return { tree: parseWizardTree(file), file };
}

const lines = (text: string) => formatMessages([parse(text).file]).split('\n').filter(Boolean);

describe('parseWizardTree', () => {
  it('reads choices and answers, telling them apart by their fields', () => {
    const { tree, file } = parse(
      [
        'root: start',
        'maxDepth: 3',
        'require:',
        '  categories: [common-errors]',
        '  questions:',
        '    - why-does-capture-fail',
        'nodes:',
        '  start:',
        '    prompt: What do you see?',
        '    hint: Pick one.',
        '    options:',
        '      - label: 401',
        '        next: http-401',
        '        hint: Unauthorized',
        '      - label: "errorCode 35: Requested Order not found"',
        '        next: http-401',
        '  http-401:',
        '    question: why-do-i-get-http-401-unauthorized',
        '    summary: >-',
        '      Check the keys',
        '      and the token.',
        '    checklist:',
        '      - Check the keys.',
      ].join('\n'),
    );
    expect(file.messages).toEqual([]);
    expect(tree.root).toBe('start');
    expect(tree.maxDepth).toBe(3);
    expect(tree.require).toEqual({
      categories: [{ id: 'common-errors', source: { file: 'tree.yaml', line: 4, column: 16 } }],
      questions: [{ id: 'why-does-capture-fail', source: { file: 'tree.yaml', line: 6, column: 7 } }],
    });
    expect(tree.nodes.start).toEqual({
      type: 'choice',
      id: 'start',
      prompt: 'What do you see?',
      hint: 'Pick one.',
      options: [
        { label: '401', next: 'http-401', hint: 'Unauthorized', source: { file: 'tree.yaml', line: 13, column: 15 } },
        { label: 'errorCode 35: Requested Order not found', next: 'http-401', source: { file: 'tree.yaml', line: 16, column: 15 } },
      ],
      source: { file: 'tree.yaml', line: 8, column: 3 },
    });
    expect(tree.nodes['http-401']).toEqual({
      type: 'answer',
      id: 'http-401',
      question: 'why-do-i-get-http-401-unauthorized',
      summary: 'Check the keys and the token.',
      checklist: ['Check the keys.'],
      source: {
        file: 'tree.yaml',
        line: 17,
        column: 3,
        question: { file: 'tree.yaml', line: 18, column: 15 },
        checklist: { file: 'tree.yaml', line: 22, column: 5 },
      },
    });
  });

  it.each([
    ['- just a list', 'tree.yaml:1:1  error  Expected a mapping with `root:` and `nodes:` at the top of the file  [invalid-shape]'],
    ['root: start\nnodes: [start]', 'tree.yaml:2:8  error  Expected `nodes:` to be a mapping of node id to node  [invalid-shape]'],
    ['root: start\nmaxDepth: four', 'tree.yaml:2:11  error  Expected `maxDepth:` to be a whole number of choices, such as `4`  [invalid-shape]'],
    ['root: [start]', 'tree.yaml:1:7  error  Expected `root:` to be the id of the first choice  [invalid-shape]'],
    ['nodes:\n  start:\n    options: []', 'tree.yaml:2:3  error  Choice `start` needs a `prompt:`, the question put to the user  [invalid-shape]'],
    ['nodes:\n  start:\n    prompt: Hi', 'tree.yaml:2:3  error  Choice `start` needs `options:`, a list of `- label: … next: …`  [invalid-shape]'],
    ['nodes:\n  start:\n    prompt: Hi\n    options: none', 'tree.yaml:4:14  error  Expected `options:` of `start` to be a list of `- label: … next: …`  [invalid-shape]'],
    ['nodes:\n  start:\n    prompt: Hi\n    options:\n      - next: a', 'tree.yaml:5:9  error  Option 1 of `start` needs a `label:`, the words the user picks  [invalid-shape]'],
    ['nodes:\n  start:\n    prompt: Hi\n    options:\n      - label: A', 'tree.yaml:5:9  error  Option 1 of `start` needs `next:`, the id of the node it leads to  [invalid-shape]'],
    ['nodes:\n  start:\n    prompt: Hi\n    options:\n      - A', 'tree.yaml:5:9  error  Option 1 of `start` must be a mapping with `label:` and `next:`  [invalid-shape]'],
    ['nodes:\n  end:\n    question: q\n    checklist: Do it.', 'tree.yaml:4:16  error  Expected checklist of `end` to be a list of `- text` lines  [invalid-shape]'],
    ['nodes:\n  end:\n    question: q\n    checklist:\n      - [a]', 'tree.yaml:5:9  error  Expected each item of checklist of `end` to be text  [invalid-shape]'],
    ['nodes:\n  end:\n    question:', 'tree.yaml:3:14  error  Expected `question:` to be text  [invalid-shape]'],
    ['nodes:\n  end:', 'tree.yaml:2:3  error  Expected node `end` to be a mapping with `prompt:` and `options:` (a choice) or `question:` (an answer)  [invalid-shape]'],
    [
      'nodes:\n  end:\n    question: q\n    options: []',
      'tree.yaml:2:3  error  Node `end` has both choice fields (`prompt:`, `options:`) and answer fields (`question:`, `checklist:`); split it into two nodes  [invalid-shape]',
    ],
    ['nodes:\n  end:\n    type: leaf\n    question: q', 'tree.yaml:3:11  error  Expected `type:` of node `end` to be `choice` or `answer`  [invalid-shape]'],
    ['require: common-errors', 'tree.yaml:1:10  error  Expected `require:` to have `categories:` and/or `questions:` lists  [invalid-shape]'],
  ])('reports a misshapen tree: %j', (text, message) => {
    expect(lines(text)).toEqual([message]);
  });

  it.each([
    ['root: start\nroots: start', 'tree.yaml:2:1  warning  Unknown field `roots`; expected one of `root`, `maxDepth`, `require`, `nodes`  [unknown-field]'],
    [
      'nodes:\n  end:\n    question: q\n    checklst: []',
      'tree.yaml:4:5  warning  Unknown field `checklst`; expected one of `type`, `question`, `summary`, `checklist` in an answer  [unknown-field]',
    ],
  ])('warns about unknown fields: %j', (text, message) => {
    expect(lines(text)).toEqual([message]);
  });
});

describe('mergeWizardTrees', () => {
  const main = parse('root: start\nnodes:\n  start:\n    prompt: Hi\n    options: []\n', 'content/wizard/tree.yaml');

  it('joins nodes and requirements of several files, keeping the first root', () => {
    const errors = parse('require:\n  questions: [q]\nnodes:\n  end:\n    question: q\n', 'content/wizard/errors.yaml');
    const tree = mergeWizardTrees([main.tree, errors.tree], [main.file, errors.file]);
    expect([...main.file.messages, ...errors.file.messages]).toEqual([]);
    expect(tree.root).toBe('start');
    expect(Object.keys(tree.nodes)).toEqual(['start', 'end']);
    expect(tree.require?.questions.map((q) => q.id)).toEqual(['q']);
  });

  it('reports a node defined in two files, naming both places', () => {
    const other = parse('nodes:\n  start:\n    question: q\n', 'content/wizard/errors.yaml');
    mergeWizardTrees([main.tree, other.tree], [main.file, other.file]);
    expect(formatMessages([main.file, other.file])).toBe(
      'content/wizard/errors.yaml:2:3  error  Node `start` is already defined at content/wizard/tree.yaml:3:3; rename one of them  [duplicate-node]',
    );
  });

  it('reports a second root', () => {
    const other = parse('root: other\n', 'content/wizard/errors.yaml');
    mergeWizardTrees([main.tree, other.tree], [main.file, other.file]);
    expect(formatMessages([main.file, other.file])).toBe(
      'content/wizard/errors.yaml:1:7  error  The root is already set to `start` at content/wizard/tree.yaml:1:7; keep `root:` in one file  [duplicate-root]',
    );
  });
});
