import type { Symptom } from '@/lib/content/types';
import { escapeRegExp } from '@/lib/highlight';
import type { WizardTree } from './types';

/**
 * Where the troubleshooter takes up a symptom: the node behind the option that
 * names it (`401 Unauthorized` → `http-401-unauthorized`), so a symptom chip on a
 * question page can lead there. When several options name it, the one that names
 * the least else wins: "401 Unauthorized" over "an HTTP error status such as
 * 400, 401 …", and an option leading to an answer over one leading to a choice.
 * Undefined when no option names the symptom.
 */
export function createSymptomSteps(tree: WizardTree): (symptom: Symptom) => string | undefined {
  const options = Object.values(tree.nodes).flatMap((node) =>
    node.type === 'choice' ? node.options.filter((option) => tree.nodes[option.next]).map((option) => ({ label: option.label, next: option.next, answer: tree.nodes[option.next]!.type === 'answer' })) : [],
  );
  const cache = new Map<string, string | undefined>();
  return (symptom) => {
    const pattern = patternOf(symptom);
    const key = pattern.source;
    if (!cache.has(key)) {
      const best = options
        .filter((option) => pattern.test(option.label))
        .sort((a, b) => Number(b.answer) - Number(a.answer) || a.label.length - b.label.length)[0];
      cache.set(key, best?.next);
    }
    return cache.get(key);
  };
}

/** How an option's label names a symptom: a status as a number, a code after `errorCode`/`error` (alone or in a list), a text as written. */
function patternOf(symptom: Symptom): RegExp {
  switch (symptom.type) {
    case 'http-status':
      return new RegExp(`(?<![\\w.-])${symptom.code}(?![\\w.-])`);
    case 'error-code':
      // Also in a list: `errorCode 35, 37 or 81`.
      return new RegExp(`\\berror(?:\\s*code)?\\s*(?:[\\w-]+(?:,\\s*|\\s+or\\s+|\\s+and\\s+))*${escapeRegExp(symptom.code)}(?![\\w.-])`, 'i');
    case 'error-message':
    case 'identifier':
      return new RegExp(`(?<![\\w-])${escapeRegExp(symptom.text)}(?![\\w-])`, 'i');
  }
}
