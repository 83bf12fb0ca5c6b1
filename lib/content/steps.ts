/** Numbers the items of an answer's ordered lists as checklist steps and reads them back from the rendered answer. */
import type { Element, Root as HastRoot } from 'hast';
import { toText } from 'hast-util-to-text';
import type { List, ListItem, Parent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import { fnv1a } from '../fnv';
import { offsetOf } from './positions';
import type { ChecklistPart, ChecklistStep } from './types';

/**
 * Marks the items of ordered lists as checklist steps, numbered across the
 * answer, in `stepNumbers` (list item offset → number). Lists nested in a step
 * are part of that step. Returns how many, and, when there are several lists,
 * each as a part labelled by the paragraph or heading that introduces it.
 */
export function numberSteps(nodes: RootContent[], stepNumbers: Map<number, number>): { count: number; parts: ChecklistPart[] } {
  const items: ListItem[] = [];
  const parts: ChecklistPart[] = [];
  for (const [at, node] of nodes.entries()) {
    visitParents(node, 'list', (list: List, ancestors) => {
      if (!list.ordered || list.children.length === 0) return;
      const insideStep = ancestors.some((a) => a.type === 'listItem' && items.includes(a as ListItem));
      if (insideStep) return;
      const parent = ancestors.at(-1) as Parent | undefined;
      const siblings: RootContent[] = parent ? (parent.children as RootContent[]) : nodes;
      const index = parent ? siblings.indexOf(list) : at;
      parts.push({ label: introduction(siblings[index - 1]) ?? `Part ${parts.length + 1}`, from: items.length + 1, to: items.length + list.children.length });
      for (const item of list.children) {
        items.push(item);
        stepNumbers.set(offsetOf(item), items.length);
      }
    });
  }
  return { count: items.length, parts: parts.length > 1 ? parts : [] };
}

/** The text of a short paragraph or a heading right before a list, which says what the list is for. */
function introduction(node: RootContent | undefined): string | undefined {
  if (!node || (node.type !== 'paragraph' && node.type !== 'heading')) return undefined;
  const text = toString(node).replace(/\s+/g, ' ').trim().replace(/:$/, '');
  return text && text.length <= 160 ? text : undefined;
}

/** Checklist steps as rendered (sanitised) text, in order. */
export function renderedSteps(body: HastRoot): ChecklistStep[] {
  const steps: ChecklistStep[] = [];
  visit(body, 'element', (element: Element) => {
    if (element.tagName !== 'li' || element.properties.dataStep === undefined) return;
    const n = Number(element.properties.dataStep);
    const text = toText(element).replace(/\s+/g, ' ').trim();
    steps.push({ id: `step-${n}`, n, text, hash: fnv1a(text) });
  });
  return steps;
}
