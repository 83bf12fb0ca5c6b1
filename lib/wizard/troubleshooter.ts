import { inlineMarkdownToText } from './inline-markdown';
import { createSymptomSteps } from './symptom-steps';
import type { Symptom } from '@/lib/content/types';
import type { WizardTree } from './types';
import { createRoutes, pathsTo, type WizardRoutes, type WizardStep } from './walk';

/** A troubleshooter tree with what its pages ask of it, worked out once per tree, not once per page. */
export interface Troubleshooter {
  tree: WizardTree;
  /** Node id → the shortest list of choices from the root that leads to it. */
  paths: Readonly<Record<string, WizardStep[]>>;
  /** Question id → the first answer node that ends at it. */
  answerByQuestion: ReadonlyMap<string, string>;
  /**
   * Question id → its answer node, for the questions the troubleshooter leads to as problems: every
   * authored answer and the drafted answers of problems, not a how-to drafted for browsing (`browse`).
   * A question page offers "Troubleshoot step by step" for these, and only these are other causes.
   */
  problemAnswers: ReadonlyMap<string, string>;
  /** The choices that lead to a node, for its page's trail and `?via=`. */
  routesTo(target: string): WizardRoutes;
  /** The node that takes up a symptom (a question page's chip), if an option names it. */
  stepForSymptom(symptom: Symptom): string | undefined;
}

export function createTroubleshooter(tree: WizardTree): Troubleshooter {
  const paths = pathsTo(tree);
  const answerByQuestion = new Map<string, string>();
  const problemAnswers = new Map<string, string>();
  for (const node of Object.values(tree.nodes)) {
    if (node.type !== 'answer') continue;
    if (!answerByQuestion.has(node.question)) answerByQuestion.set(node.question, node.id);
    if (!node.browse && !problemAnswers.has(node.question)) problemAnswers.set(node.question, node.id);
  }
  return { tree, paths, answerByQuestion, problemAnswers, routesTo: createRoutes(tree, paths, inlineMarkdownToText), stepForSymptom: createSymptomSteps(tree) };
}
