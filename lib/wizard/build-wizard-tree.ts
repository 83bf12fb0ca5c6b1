import type { VFile } from 'vfile';
import { dirname } from 'node:path';
import { commandFor } from '@/lib/content/command-hint';
import { hasErrors } from '@/lib/content/report';
import type { QuestionGraph } from '@/lib/content/types';
import { mergeWizardTrees } from './merge-wizard-trees';
import { parseWizardTree } from './parse-wizard-tree';
import { reportAt } from './report';
import type { AnswerNode, WizardTree } from './types';
import { validateWizardTree } from './validate-wizard-tree';

/**
 * Parses, merges and validates wizard files: everything `getWizardTree` does
 * except reading the disk. Problems become messages on `files`. The file that
 * sets `root:` should come first. Graph checks only run when every file
 * parsed cleanly, because a shape error leaves holes that would only produce
 * follow-up noise.
 */
export function buildWizardTree(files: VFile[], graph: QuestionGraph): WizardTree {
  const tree = mergeWizardTrees(files.map(parseWizardTree), files);
  if (hasErrors(files)) return tree;
  // A tree written for a FAQ that is not here (the demo's, after a team swapped its own in) is one
  // message per file, not one per node.
  if (reportTreesForAnotherFaq(tree, graph, files)) return tree;
  validateWizardTree(tree, graph, files);
  return tree;
}

/** Files most of whose answers lead to questions no FAQ here has; each gets one error. Whether there were any. */
function reportTreesForAnotherFaq(tree: WizardTree, graph: QuestionGraph, files: VFile[]): boolean {
  const questions = new Set(graph.questions.map((question) => question.id));
  const answersByFile = new Map<string, AnswerNode[]>();
  for (const node of Object.values(tree.nodes)) {
    if (node.type !== 'answer' || !node.source) continue;
    answersByFile.set(node.source.file, [...(answersByFile.get(node.source.file) ?? []), node]);
  }
  let found = false;
  for (const [file, answers] of answersByFile) {
    const gone = answers.filter((node) => !questions.has(node.question));
    if (gone.length < 2 || gone.length * 2 <= answers.length) continue;
    found = true;
    const first = gone[0]!;
    reportAt(
      files,
      tree.source?.file === file ? tree.source : first.source!,
      'troubleshooter-for-another-faq',
      `${gone.length} of the ${answers.length} answers of ${file} lead to questions no FAQ here has (such as \`${first.question}\`): it was written for another FAQ. Delete it to have the troubleshooter drafted from your FAQ, or write one from the draft: ${commandFor(dirname(dirname(file)), 'wizard:draft', draftable(graph))}`,
    );
  }
  return found;
}

/** What to name to `wizard:draft`: the one FAQ file, or a placeholder when there are several. */
function draftable(graph: QuestionGraph): string {
  return graph.documents.length === 1 ? (graph.documents[0]!.file.split('/').pop() ?? '<your-faq.md>') : '<your-faq.md>';
}
