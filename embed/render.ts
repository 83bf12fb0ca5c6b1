import type { SearchResult } from '@/lib/search/engine/client';
import { splitHighlights } from '@/lib/highlight';
import { describePlace } from '@/lib/result-place';

type Child = Node | string;

/**
 * An element with attributes and children. Strings become text nodes, so
 * text from the index is never parsed as HTML.
 */
export function h(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** Sets or removes `target` on a link, with `rel=noopener` for new windows. */
export function setTarget(link: HTMLElement, target: string): void {
  if (target === '_self') link.removeAttribute('target');
  else link.setAttribute('target', target);
  if (target === '_self' || target === '_parent' || target === '_top') link.removeAttribute('rel');
  else link.setAttribute('rel', 'noopener');
}

/**
 * One result as a listbox option that is itself the link to its question
 * page, so no interactive element nests another; the `<li>` is only
 * structure. The link is out of the tab order: the input owns focus and the
 * arrow keys move `aria-activedescendant`.
 */
export function createOption(result: SearchResult, id: string, href: string, target: string): { item: HTMLLIElement; option: HTMLElement } {
  const badges = result.symptoms.map((label) => h('span', { class: 'badge' }, label));
  const option = h(
    'a',
    { id, role: 'option', 'aria-selected': 'false', href, tabindex: '-1' },
    h('span', { class: 'title' }, result.title),
    h('span', { class: 'meta' }, describePlace(result), ...badges),
    ...(result.asked ? [h('span', { class: 'meta' }, 'Also asked as “', ...highlighted(result.asked.text, result.asked.highlights), '”')] : []),
    h('span', { class: 'snippet' }, ...highlighted(result.snippet.text, result.snippet.highlights)),
  );
  setTarget(option, target);
  return { item: h('li', { role: 'presentation' }, option) as HTMLLIElement, option };
}

function highlighted(text: string, ranges: [number, number][]): Child[] {
  return splitHighlights(text, ranges).map((run) => (run.marked ? h('mark', {}, run.text) : run.text));
}
