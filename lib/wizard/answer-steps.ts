import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit, SKIP } from 'unist-util-visit';
import type { Question } from '@/lib/content/types';
import { parseInlineMarkdown } from './inline-markdown';
import type { AnswerNode } from './types';

/**
 * The steps of a troubleshooter answer as sanitised HTML (a tree), an `<ol>` of
 * `li#step-N` as the question page has them, for `AnswerContent` to render
 * with checkboxes. Steps written in the tree are read as inline markdown; the
 * question's own steps are taken from its answer whole, with their links,
 * code and the lists nested in them; when the answer has several lists
 * (alternative procedures), each is its own list under its label, numbered as
 * the question page numbers them.
 */
export function buildSteps(node: AnswerNode, question: Question, ownSteps?: ElementContent[][]): Root {
  const items = node.checklist.length > 0 ? node.checklist.map((text) => parseInlineMarkdown(text)) : (ownSteps ?? answerSteps(question.html));
  const parts = node.checklist.length === 0 && question.checklistParts?.length ? question.checklistParts : [{ label: '', from: 1, to: items.length }];
  return {
    type: 'root',
    children: parts.flatMap((part): Element[] => {
      const list: Element = {
        type: 'element',
        tagName: 'ol',
        properties: part.from > 1 ? { start: part.from } : {},
        children: items.slice(part.from - 1, part.to).map((children, i) => {
          const n = part.from + i;
          return { type: 'element', tagName: 'li', properties: { id: `step-${n}`, dataStep: String(n) }, children };
        }),
      };
      if (!part.label) return [list];
      return [{ type: 'element', tagName: 'p', properties: { className: ['checklist-part'] }, children: [{ type: 'text', value: part.label }] }, list];
    }),
  };
}

/** The content of each `li#step-N` of an answer (its HTML, or that HTML parsed), in step order. */
export function answerSteps(answer: string | Root): ElementContent[][] {
  const steps: [n: number, children: ElementContent[]][] = [];
  visit(typeof answer === 'string' ? fromHtml(answer, { fragment: true }) : answer, 'element', (element) => {
    const n = /^step-(\d+)$/.exec(String(element.properties.id ?? ''))?.[1];
    if (element.tagName !== 'li' || n === undefined) return;
    steps.push([Number(n), element.children]);
    return SKIP;
  });
  return steps.sort((a, b) => a[0] - b[0]).map(([, children]) => children);
}
