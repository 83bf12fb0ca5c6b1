import type { VFile } from 'vfile';
import { reportAt } from './report';
import type { WizardTree } from './types';

/**
 * Joins the trees of several wizard files into one, so a long tree can be
 * split by topic. Exactly one file sets `root:` (and `maxDepth:`); `require:`
 * lists are combined. A node id defined in two files is an error naming both,
 * reported on the file of the second (one of `files`).
 */
export function mergeWizardTrees(parts: WizardTree[], files: readonly VFile[]): WizardTree {
  const tree: WizardTree = { root: '', nodes: {} };
  for (const part of parts) {
    if (part.root) {
      if (tree.root && tree.source && part.source) {
        reportAt(files, part.source, 'duplicate-root', `The root is already set to \`${tree.root}\` at ${where(tree.source)}; keep \`root:\` in one file`);
      } else {
        tree.root = part.root;
        if (part.source) tree.source = part.source;
      }
    }
    if (part.maxDepth !== undefined && tree.maxDepth === undefined) tree.maxDepth = part.maxDepth;
    if (part.require) {
      tree.require ??= { categories: [], questions: [] };
      tree.require.categories.push(...part.require.categories);
      tree.require.questions.push(...part.require.questions);
    }
    for (const [id, node] of Object.entries(part.nodes)) {
      const previous = tree.nodes[id];
      if (previous) {
        const place = node.source ?? { file: '', line: 1, column: 1 };
        reportAt(files, place, 'duplicate-node', `Node \`${id}\` is already defined at ${previous.source ? where(previous.source) : 'another file'}; rename one of them`);
        continue;
      }
      tree.nodes[id] = node;
    }
  }
  if (!tree.source && parts[0]?.source) tree.source = parts[0].source;
  return tree;
}

function where(place: { file: string; line: number; column: number }): string {
  return `${place.file}:${place.line}:${place.column}`;
}
