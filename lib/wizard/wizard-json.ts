import type { Question, QuestionGraph } from '@/lib/content/types';
import type { AnswerNode, WizardTree } from './types';

/** A choice as published in `/wizard.json`. */
export interface WizardJsonChoice {
  type: 'choice';
  /** Made from the FAQ's answers, not written by an author. */
  drafted?: true;
  prompt: string;
  hint?: string;
  options: { label: string; next: string; hint?: string }[];
}

/** An answer as published in `/wizard.json`, with its checklist resolved. */
export interface WizardJsonAnswer {
  type: 'answer';
  /** Made from the FAQ's answers, not written by an author. */
  drafted?: true;
  question: string;
  title: string;
  /** URL path of the question page, including the base path. */
  url: string;
  summary?: string;
  checklist: string[];
}

/** The public `/wizard.json`: plain data for other sites and the widget, no source positions. */
export interface WizardJson {
  root: string;
  nodes: Record<string, WizardJsonChoice | WizardJsonAnswer>;
}

/**
 * The steps a user works through at an answer: the tree's own `checklist:`
 * when written, otherwise the question's numbered steps.
 */
export function resolveChecklist(node: AnswerNode, question: Question | undefined): string[] {
  if (node.checklist.length > 0) return node.checklist;
  return question?.steps.map((step) => step.text) ?? [];
}

/**
 * Builds the public JSON of a validated tree. Nodes keep the order of the
 * tree; answers whose question is missing from the graph are left out, which
 * `validateWizardTree` reports as an error before this runs.
 *
 * @param options.basePath Put before every `url`, as `/wizard.json` is read off the site. @defaultValue `''`
 */
export function toWizardJson(tree: WizardTree, graph: QuestionGraph, options: { basePath?: string } = {}): WizardJson {
  const questions = new Map(graph.questions.map((question) => [question.id, question]));
  const nodes: WizardJson['nodes'] = {};
  for (const node of Object.values(tree.nodes)) {
    switch (node.type) {
      case 'choice':
        nodes[node.id] = {
          type: 'choice',
          ...(node.drafted && { drafted: true }),
          prompt: node.prompt,
          ...(node.hint !== undefined && { hint: node.hint }),
          options: node.options.map((option) => ({
            label: option.label,
            next: option.next,
            ...(option.hint !== undefined && { hint: option.hint }),
          })),
        };
        break;
      case 'answer': {
        const question = questions.get(node.question);
        if (!question) break;
        nodes[node.id] = {
          type: 'answer',
          ...(node.drafted && { drafted: true }),
          question: question.id,
          title: question.title,
          url: (options.basePath ?? '') + question.url,
          ...(node.summary !== undefined && { summary: node.summary }),
          checklist: resolveChecklist(node, question),
        };
        break;
      }
    }
  }
  return { root: tree.root, nodes };
}
