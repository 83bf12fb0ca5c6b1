import type { QuestionGraph } from '@/lib/content/types';
import { mergeWizardTrees } from './merge-wizard-trees';
import { parseWizardTree } from './parse-wizard-tree';
import type { WizardMessage, WizardTree } from './types';
import { validateWizardTree } from './validate-wizard-tree';

/**
 * Parses, merges and validates the text of wizard files: everything
 * `getWizardTree` does except reading the disk. The file that sets `root:`
 * should come first. Graph checks only run when every file parsed cleanly,
 * because a shape error leaves holes that would only produce follow-up noise.
 */
export function buildWizardTree(files: { file: string; text: string }[], graph: QuestionGraph): { tree: WizardTree; messages: WizardMessage[] } {
  const parsed = files.map(({ file, text }) => parseWizardTree(text, file));
  const merged = mergeWizardTrees(parsed.map((part) => part.tree));
  const messages = [...parsed.flatMap((part) => part.messages), ...merged.messages];
  if (!messages.some((message) => message.severity === 'error')) messages.push(...validateWizardTree(merged.tree, graph));
  return { tree: merged.tree, messages };
}

/** One line per message, `file:line:column  reason  [rule]`, as editors link them. */
export function formatWizardMessages(messages: WizardMessage[]): string {
  return messages
    .map((m) => `${m.file}:${m.line}:${m.column}  ${m.severity === 'warning' ? 'warning: ' : ''}${m.reason}  [${m.ruleId}]`)
    .join('\n');
}
