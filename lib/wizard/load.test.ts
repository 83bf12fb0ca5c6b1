import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '@/lib/content/report';
import { smallGraph } from './fixtures/small-graph';
import { getWizardTree, loadWizardTree } from './load';

const graph = smallGraph();

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'wizard-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('loadWizardTree', () => {
  it('reads tree.yaml first, so its root wins, and merges the other files', () => {
    const dir = folder({
      'a-errors.yaml': 'nodes:\n  http-403:\n    question: why-do-i-get-http-403-forbidden\n    checklist: [Read the body.]\n',
      'tree.yaml': 'root: start\nnodes:\n  start:\n    prompt: What?\n    options:\n      - label: A\n        next: http-403\n      - label: B\n        next: http-401\n  http-401:\n    question: why-do-i-get-http-401-unauthorized\n',
    });
    const { tree, files } = loadWizardTree(dir, graph, { cwd: dir });
    expect(files.map((file) => [file.path, file.messages.length])).toEqual([['tree.yaml', 0], ['a-errors.yaml', 0]]);
    expect(tree.root).toBe('start');
    expect(Object.keys(tree.nodes)).toEqual(['start', 'http-401', 'http-403']);
  });

  it('reads nothing from a folder that does not exist', () => {
    expect(loadWizardTree(join(tmpdir(), 'no-such-wizard-folder'), graph).files).toEqual([]);
  });
});

describe('getWizardTree', () => {
  it('returns the checked tree of a folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wizard-'));
    copyFileSync(join(import.meta.dirname, 'fixtures', 'a-valid-tree.yaml'), join(dir, 'tree.yaml'));
    expect(Object.keys(getWizardTree({ graph, dir }).nodes)).toEqual(['start', 'http-401', 'http-403']);
  });

  it('throws one error listing every problem as file:line:column', () => {
    const dir = folder({ 'tree.yaml': 'root: start\nnodes:\n  start:\n    prompt: Hi\n    options:\n      - label: A\n        next: nowhere\n' });
    expect(() => getWizardTree({ graph, dir })).toThrow(ContentError);
    expect(() => getWizardTree({ graph, dir })).toThrow(/tree\.yaml:3:3  error  Choice `start` has only one option.*\n.*tree\.yaml:7:15  error  Cannot find node `nowhere`/);
  });
});
