import type { VFile } from 'vfile';
import { hasErrors } from '@/lib/content/report';
import type { QuestionGraph } from '@/lib/content/types';
import { mergeWizardTrees } from './merge-wizard-trees';
import { parseWizardTree } from './parse-wizard-tree';
import type { WizardTree } from './types';
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
  if (!hasErrors(files)) validateWizardTree(tree, graph, files);
  return tree;
}
