import type { WizardTree } from './types';

/** One choice made on the way through the tree. */
export interface WizardStep {
  /** Id of the choice node. */
  node: string;
  optionIndex: number;
  label: string;
}

/**
 * For each node reachable from the root, the shortest list of choices that
 * leads to it (the root's own path is empty). Options are tried in the order
 * they are written, so the result is stable: breadcrumbs and "start over"
 * links can rely on it.
 */
export function pathsTo(tree: WizardTree): Record<string, WizardStep[]> {
  const paths: Record<string, WizardStep[]> = {};
  if (!tree.nodes[tree.root]) return paths;
  paths[tree.root] = [];
  const queue = [tree.root];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!;
    const node = tree.nodes[id];
    if (node?.type !== 'choice') continue;
    node.options.forEach((option, optionIndex) => {
      if (paths[option.next] || !tree.nodes[option.next]) return;
      paths[option.next] = [...paths[id]!, { node: id, optionIndex, label: option.label }];
      queue.push(option.next);
    });
  }
  return paths;
}
