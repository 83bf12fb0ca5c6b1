import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { EXIT, SKIP, visit } from 'unist-util-visit';

export interface ScrollRegionOptions {
  /** Longest table name, in characters, before it is cut with an ellipsis. @defaultValue 80 */
  maxLabel?: number;
}

/**
 * Makes every part of an answer that can scroll sideways reachable by keyboard and named for a screen reader
 * (WCAG 2.1.1; axe `scrollable-region-focusable`), as GitHub and MDN do: a code block (`pre`) becomes a focusable
 * region named by its language (`Code: json`), and a table is wrapped in a focusable region (`div.table-scroll`)
 * named by its caption or its header cells (`Table: Field, Description`), since a role on the table itself would
 * hide its rows and columns. Which blocks overflow depends on the reader's screen, so every one is a region, in
 * the HTML, without JavaScript.
 *
 * Runs on sanitised answer HTML when pages render it; reads only text, so content cannot choose the attributes.
 */
export function rehypeScrollRegions(options: ScrollRegionOptions = {}) {
  const maxLabel = options.maxLabel ?? 80;
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName === 'pre') {
        node.properties = { ...node.properties, tabIndex: 0, role: 'region', ariaLabel: codeLabel(node) };
        return SKIP;
      }
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      const region: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: tableLabel(node, maxLabel) },
        children: [node],
      };
      parent.children[index] = region;
    });
  };
}

/** `Code: json` for a fence that names its language (the `language-*` class remark gives it), else `Code`. */
function codeLabel(pre: Element): string {
  const code = pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
  const classes: unknown = code?.properties.className;
  const names = Array.isArray(classes) ? classes.map(String) : typeof classes === 'string' ? classes.split(/\s+/) : [];
  const language = names.find((name) => name.startsWith('language-'))?.slice('language-'.length);
  return language ? `Code: ${language}` : 'Code';
}

/** `Table: <caption>`, else `Table: <the first row's header cells>`, else `Table`. */
function tableLabel(table: Element, max: number): string {
  const caption = table.children.find((child): child is Element => child.type === 'element' && child.tagName === 'caption');
  const firstRow = firstElement(table, 'tr');
  const headers = firstRow?.children.filter((cell): cell is Element => cell.type === 'element' && cell.tagName === 'th') ?? [];
  const name = caption ? plain(caption) : headers.map(plain).filter(Boolean).join(', ');
  if (!name) return 'Table';
  return `Table: ${name.length > max ? `${name.slice(0, max - 1).replace(/[\s,]+$/, '')}…` : name}`;
}

/** The first `tagName` element below `parent`, in document order. */
function firstElement(parent: Element, tagName: string): Element | undefined {
  let found: Element | undefined;
  visit(parent, 'element', (node) => {
    if (found) return EXIT;
    if (node !== parent && node.tagName === tagName) found = node;
  });
  return found;
}

function plain(node: ElementContent): string {
  return toText(node, { whitespace: 'normal' }).replace(/\s+/g, ' ').trim();
}
