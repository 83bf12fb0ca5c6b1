import type { WizardNode, WizardTree } from './types';

/** One choice made on the way through the tree. */
export interface WizardStep {
  /** Id of the choice node. */
  node: string;
  optionIndex: number;
  label: string;
}

/** Where following option labels from the root ends. */
export type WalkResult =
  | { type: 'found'; node: WizardNode; path: WizardStep[] }
  | { type: 'not-found'; reason: string; at: string; label: string; path: WizardStep[] };

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

/**
 * Follows option labels from the root, as a user clicking through would.
 * Labels match ignoring case and surrounding space.
 */
export function walk(tree: WizardTree, labels: string[]): WalkResult {
  const root = tree.nodes[tree.root];
  const path: WizardStep[] = [];
  if (!root) return { type: 'not-found', reason: `The root \`${tree.root}\` is not a node`, at: tree.root, label: labels[0] ?? '', path };
  let node: WizardNode = root;
  for (const label of labels) {
    if (node.type !== 'choice') {
      return { type: 'not-found', reason: `\`${node.id}\` is an answer; there is no option "${label}" after it`, at: node.id, label, path };
    }
    const wanted = normalise(label);
    const optionIndex = node.options.findIndex((option) => normalise(option.label) === wanted);
    const option = node.options[optionIndex];
    const next: WizardNode | undefined = option ? tree.nodes[option.next] : undefined;
    if (!option || !next) {
      const offered = node.options.map((o) => `"${o.label}"`).join(', ');
      return { type: 'not-found', reason: `Choice \`${node.id}\` has no option "${label}"; it offers ${offered}`, at: node.id, label, path };
    }
    path.push({ node: node.id, optionIndex, label: option.label });
    node = next;
  }
  return { type: 'found', node, path };
}

/** The choices that have an option leading to `nodeId`, in file order. */
export function parents(tree: WizardTree, nodeId: string): WizardStep[] {
  const found: WizardStep[] = [];
  for (const node of Object.values(tree.nodes)) {
    if (node.type !== 'choice') continue;
    node.options.forEach((option, optionIndex) => {
      if (option.next === nodeId) found.push({ node: node.id, optionIndex, label: option.label });
    });
  }
  return found;
}

function normalise(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}
