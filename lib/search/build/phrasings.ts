/** Other words for each question, from content the product already has: what search indexes as its phrasings. */
import type { QuestionGraph } from '@/lib/content/types';
import type { WizardTree } from '@/lib/wizard/types';
import { normalizePhrase, tokenize } from '../engine/normalize';

/** Words that make a link text say nothing about its target (`see here`, `this FAQ`). */
const LINK_FILLER = new Set(['here', 'click', 'see', 'read', 'more', 'link', 'faq', 'question', 'answer', 'below', 'above', 'page', 'section', 'info', 'information']);
const URL_LIKE = /^(?:https?:|www\.|\/)/i;

/**
 * Per question id, the phrasings that lead to it in other words than its title, in this order:
 * the author's `also asked as` phrasings, the labels a table of contents gives it, the texts of
 * cross-links to it, and the labels and hints of the authored troubleshooter's options that end at it.
 * A phrasing that says what the title says (same index terms), repeats an earlier one, or only
 * says "see here" is left out.
 *
 * @param wizard The troubleshooter tree, when the site has one.
 */
export function collectPhrasings(graph: QuestionGraph, wizard?: WizardTree): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const seen = new Map<string, Set<string>>();
  const titles = new Map(graph.questions.map((question) => [question.id, question.title]));
  const add = (id: string, text: string) => {
    const title = titles.get(id);
    const terms = normalizePhrase(text);
    if (title === undefined || terms === '' || terms === normalizePhrase(title)) return;
    let own = seen.get(id);
    if (!own) seen.set(id, (own = new Set()));
    if (own.has(terms)) return;
    own.add(terms);
    found.set(id, [...(found.get(id) ?? []), text.replace(/\s+/g, ' ').trim()]);
  };

  for (const question of graph.questions) {
    for (const text of question.alsoAskedAs) add(question.id, text);
    for (const text of question.tocLabels) add(question.id, text);
  }
  for (const question of graph.questions) {
    for (const link of question.links) {
      if (link.kind === 'question' && link.target !== question.id && saysSomething(link.text)) add(link.target, link.text);
    }
  }
  if (wizard) {
    for (const node of Object.values(wizard.nodes)) {
      // A drafted option only rewords the heading: it adds no words people use.
      if (node.type !== 'choice' || node.drafted) continue;
      for (const option of node.options) {
        const next = wizard.nodes[option.next];
        if (next?.type !== 'answer') continue;
        add(next.question, option.label);
        if (option.hint) add(next.question, option.hint);
      }
    }
  }
  return found;
}

/** Whether a link text describes its target, rather than pointing at it (`here`, a bare URL). */
function saysSomething(text: string): boolean {
  if (URL_LIKE.test(text.trim())) return false;
  return tokenize(text).some((token) => !token.stop && !token.compound && !LINK_FILLER.has(token.folded));
}
