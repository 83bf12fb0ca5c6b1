import { didYouMean } from '@/lib/content/did-you-mean';
import type { QuestionGraph } from '@/lib/content/types';
import type { VFile } from 'vfile';
import { reportAt } from './report';
import type { ChoiceNode, WizardPlace, WizardTree } from './types';
import { pathsTo } from './walk';

/** Used when the tree does not set `maxDepth:`. */
export const DEFAULT_MAX_DEPTH = 4;

/**
 * Checks a tree against itself and the question graph: every id resolves,
 * every node is reachable, no loops, every path ends at an answer, and
 * every required question is at most `maxDepth`
 * choices from the root. Each problem is an error on the file (of `files`)
 * where it is written.
 */
export function validateWizardTree(tree: WizardTree, graph: QuestionGraph, files: readonly VFile[]): void {
  const top: WizardPlace = tree.source ?? { file: '', line: 1, column: 1 };
  const report = (place: WizardPlace | undefined, ruleId: string, reason: string) => reportAt(files, place ?? top, ruleId, reason);
  const questions = new Map(graph.questions.map((question) => [question.id, question]));
  const nodeIds = Object.keys(tree.nodes);

  if (!tree.root) report(top, 'missing-root', 'Missing `root:`; add `root: <id of the first choice>` at the top of the file');
  else if (!tree.nodes[tree.root]) report(top, 'missing-root', `Cannot find root node \`${tree.root}\`${suggest(tree.root, nodeIds)}`);

  for (const node of Object.values(tree.nodes)) {
    switch (node.type) {
      case 'choice': {
        if (node.options.length < 2) {
          report(node.source, 'too-few-options', `Choice \`${node.id}\` has ${node.options.length === 0 ? 'no options' : 'only one option'}; give it at least two, or link straight to the next node`);
        }
        const labels = new Map<string, string>();
        for (const option of node.options) {
          const key = option.label.trim().toLowerCase();
          if (labels.has(key)) report(option.source, 'duplicate-label', `Choice \`${node.id}\` already has an option "${option.label}"; users could not tell them apart`);
          labels.set(key, option.label);
          if (!tree.nodes[option.next]) {
            report(option.source, 'unknown-next', `Cannot find node \`${option.next}\` for option "${option.label}"${suggest(option.next, nodeIds)}`);
          }
        }
        break;
      }
      case 'answer': {
        const question = questions.get(node.question);
        // An answer without numbered steps and without `checklist:` is shown whole; no steps are made up for it.
        if (!question) {
          report(node.source?.question ?? node.source, 'unknown-question', `Cannot find question \`${node.question}\`${suggest(node.question, questions.keys())}`);
        }
        break;
      }
    }
  }

  const paths = pathsTo(tree);
  if (tree.nodes[tree.root]) {
    for (const node of Object.values(tree.nodes)) {
      if (!paths[node.id]) report(node.source, 'unreachable-node', `Node \`${node.id}\` cannot be reached from the root \`${tree.root}\`; use it as the \`next:\` of an option, or remove it`);
    }
  }

  for (const loop of findLoops(tree)) {
    const option = loop.from.options[loop.optionIndex]!;
    report(option.source, 'cycle', `Option "${option.label}" of \`${loop.from.id}\` leads back to \`${option.next}\`, making a loop: ${loop.ids.join(' → ')}`);
  }

  const leadsToAnswer = nodesLeadingToAnswers(tree);
  for (const node of Object.values(tree.nodes)) {
    if (node.type !== 'choice' || leadsToAnswer.has(node.id)) continue;
    // A choice whose options point nowhere is already reported by `unknown-next`.
    if (node.options.length > 0 && node.options.every((option) => tree.nodes[option.next])) {
      report(node.source, 'dead-end', `Choice \`${node.id}\` never leads to an answer; every path must end at an answer node`);
    }
  }

  checkRequired(tree, graph, paths, report);
}

/** Every required question needs an answer node within `maxDepth` choices. */
function checkRequired(
  tree: WizardTree,
  graph: QuestionGraph,
  paths: ReturnType<typeof pathsTo>,
  report: (place: WizardPlace | undefined, ruleId: string, reason: string) => void,
): void {
  if (!tree.require) return;
  const maxDepth = tree.maxDepth ?? DEFAULT_MAX_DEPTH;
  const categories = new Map(graph.categories.map((category) => [category.id, category]));
  const questionIds = new Set(graph.questions.map((question) => question.id));
  const required = new Map<string, WizardPlace | undefined>();
  for (const entry of tree.require.categories) {
    const category = categories.get(entry.id);
    if (!category) report(entry.source, 'unknown-category', `Cannot find category \`${entry.id}\`${suggest(entry.id, categories.keys())}`);
    else for (const id of category.questions) if (!required.has(id)) required.set(id, entry.source);
  }
  for (const entry of tree.require.questions) {
    if (!questionIds.has(entry.id)) report(entry.source, 'unknown-question', `Cannot find question \`${entry.id}\`${suggest(entry.id, questionIds)}`);
    else if (!required.has(entry.id)) required.set(entry.id, entry.source);
  }

  for (const [questionId, place] of required) {
    const answers = Object.values(tree.nodes).filter((node) => node.type === 'answer' && node.question === questionId);
    if (answers.length === 0) {
      report(place, 'required-question', `Required question \`${questionId}\` has no answer node; add one with \`question: ${questionId}\` and link it from a choice`);
      continue;
    }
    const reached = answers.filter((node) => paths[node.id]);
    if (reached.length === 0) continue; // `unreachable-node` already names the answer nodes.
    const nearest = reached.reduce((best, node) => (paths[node.id]!.length < paths[best.id]!.length ? node : best));
    const path = paths[nearest.id]!;
    if (path.length > maxDepth) {
      const via = [...path.map((step) => step.node), nearest.id].join(' → ');
      report(nearest.source, 'required-question', `Required question \`${questionId}\` takes ${path.length} choices to reach (${via}), more than \`maxDepth: ${maxDepth}\`; link it from a choice nearer the root`);
    }
  }
}

interface Loop {
  from: ChoiceNode;
  optionIndex: number;
  /** The node ids around the loop, starting and ending at the same node. */
  ids: string[];
}

/** Each option that closes a loop, found by depth-first search in file order. */
function findLoops(tree: WizardTree): Loop[] {
  const loops: Loop[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string) => {
    const node = tree.nodes[id];
    if (!node) return;
    state.set(id, 'open');
    stack.push(id);
    if (node.type === 'choice') {
      node.options.forEach((option, optionIndex) => {
        const seen = state.get(option.next);
        if (seen === 'open') loops.push({ from: node, optionIndex, ids: [...stack.slice(stack.indexOf(option.next)), option.next] });
        else if (seen === undefined) visit(option.next);
      });
    }
    stack.pop();
    state.set(id, 'done');
  };
  if (tree.nodes[tree.root]) visit(tree.root);
  for (const id of Object.keys(tree.nodes)) if (!state.has(id)) visit(id);
  return loops;
}

/** Ids of the nodes from which some answer can be reached. */
function nodesLeadingToAnswers(tree: WizardTree): Set<string> {
  const good = new Set(Object.values(tree.nodes).filter((node) => node.type === 'answer').map((node) => node.id));
  let grew = true;
  while (grew) {
    grew = false;
    for (const node of Object.values(tree.nodes)) {
      if (node.type === 'choice' && !good.has(node.id) && node.options.some((option) => good.has(option.next))) {
        good.add(node.id);
        grew = true;
      }
    }
  }
  return good;
}

function suggest(wanted: string, candidates: Iterable<string>): string {
  const match = didYouMean(wanted, candidates);
  return match ? `; did you mean \`${match}\`?` : '';
}
