import { wizardUrl } from '@/lib/routes';
import type { WizardTree } from './types';

/** One choice made on the way through the tree. */
export interface WizardStep {
  /** Id of the choice node. */
  node: string;
  optionIndex: number;
  label: string;
  /** Id of the node the option leads to. */
  next: string;
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
      paths[option.next] = [...paths[id]!, { node: id, optionIndex, label: option.label, next: option.next }];
      queue.push(option.next);
    });
  }
  return paths;
}

/**
 * What a page needs to check and label a path to its node, and nothing more:
 * the choices that lead to `target`, each with its options that lead on
 * towards it, and the `?via=` of the shortest path of each of those nodes.
 * Plain data, so a client component can take it as props.
 */
export interface WizardRoutes {
  root: string;
  target: string;
  /** Choice id → its options that lead towards the target, in the order written. */
  choices: Record<string, WizardStep[]>;
  /** Node id (the target and every choice above) → `formatVia` of its shortest path. */
  shortest: Record<string, string>;
}

/**
 * Makes `routesTo(target)` for a tree whose `paths` are `pathsTo(tree)`; the
 * tree is read once, so every page of a build can ask.
 *
 * @param labelOf How a label is shown, e.g. without its markdown. @defaultValue the label as written
 */
export function createRoutes(tree: WizardTree, paths: Record<string, WizardStep[]>, labelOf: (label: string) => string = (label) => label): (target: string) => WizardRoutes {
  const parents = new Map<string, string[]>();
  for (const node of Object.values(tree.nodes)) {
    if (node.type !== 'choice') continue;
    for (const option of node.options) parents.set(option.next, [...(parents.get(option.next) ?? []), node.id]);
  }
  return (target) => {
    const leadsToTarget = new Set([target]);
    const queue = [target];
    for (let i = 0; i < queue.length; i++) {
      for (const parent of parents.get(queue[i]!) ?? []) {
        if (leadsToTarget.has(parent)) continue;
        leadsToTarget.add(parent);
        queue.push(parent);
      }
    }
    const choices: WizardRoutes['choices'] = {};
    const shortest: WizardRoutes['shortest'] = {};
    for (const id of leadsToTarget) {
      if (paths[id]) shortest[id] = formatVia(paths[id]);
      const node = tree.nodes[id];
      if (node?.type !== 'choice' || id === target) continue;
      choices[id] = node.options
        .map((option, optionIndex) => ({ node: id, optionIndex, label: labelOf(option.label), next: option.next }))
        .filter((step) => leadsToTarget.has(step.next));
    }
    return { root: tree.root, target, choices, shortest };
  };
}

/** Longest `?via=` read: far more choices than any tree asks before an answer. */
const MAX_VIA = 40;
const NODE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * `?via=` is the path a user took to a node: the ids of the choices after the
 * root, joined by dots (`payment-problem.refund`), empty for a node chosen at
 * the root. Gives `undefined` when the parameter is absent or not of that form.
 */
export function parseVia(value: string | null | undefined): string[] | undefined {
  if (value === null || value === undefined || value.length > 1000) return undefined;
  if (value === '') return [];
  const ids = value.split('.');
  return ids.length <= MAX_VIA && ids.every((id) => NODE_ID.test(id)) ? ids : undefined;
}

/** The `?via=` of a path (its first step is at the root). */
export function formatVia(path: readonly Pick<WizardStep, 'node'>[]): string {
  return path
    .slice(1)
    .map((step) => step.node)
    .join('.');
}

/**
 * The choices a `?via=` names, with the option that leads on at each, when
 * the tree has that path from the root to the target; `undefined` when it
 * does not (a removed node, a tampered link), so the page shows the shortest.
 * Where one choice has two options to the same node, the first is taken.
 */
export function resolvePath(routes: WizardRoutes, via: readonly string[]): WizardStep[] | undefined {
  const ids = [routes.root, ...via, routes.target];
  if (routes.target === routes.root) return via.length === 0 ? [] : undefined;
  const path: WizardStep[] = [];
  for (let i = 0; i < ids.length - 1; i++) {
    const step = routes.choices[ids[i]!]?.find((option) => option.next === ids[i + 1]);
    if (!step) return undefined;
    path.push(step);
  }
  return path;
}

/**
 * The link to a node reached by `path`: `?via=` only when the path is not the
 * node's shortest, so the usual way to a step keeps its plain URL.
 */
export function wizardHref(node: string, path: readonly Pick<WizardStep, 'node'>[], shortestVia: string | undefined, root: string): string {
  if (node === root) return wizardUrl();
  const via = formatVia(path);
  return via === shortestVia ? wizardUrl(node) : wizardUrl(node, { via });
}
