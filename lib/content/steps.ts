/** Numbers the items of an answer's ordered lists as checklist steps and reads them back from the rendered answer. */
import type { Element, Root as HastRoot } from 'hast';
import { toText } from 'hast-util-to-text';
import type { List, ListItem, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import { fnv1a } from '../fnv';
import { offsetOf } from './positions';
import type { ChecklistStep } from './types';

/**
 * Marks the items of ordered lists as checklist steps, numbered across the
 * answer, in `stepNumbers` (list item offset → number). Lists nested in a step
 * are part of that step. Returns how many.
 */
export function numberSteps(nodes: RootContent[], stepNumbers: Map<number, number>): number {
  const items: ListItem[] = [];
  for (const node of nodes) {
    visitParents(node, 'list', (list: List, ancestors) => {
      if (!list.ordered) return;
      const insideStep = ancestors.some((a) => a.type === 'listItem' && items.includes(a as ListItem));
      if (insideStep) return;
      for (const item of list.children) {
        items.push(item);
        stepNumbers.set(offsetOf(item), items.length);
      }
    });
  }
  return items.length;
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
