/** Finds the links and images of a rendered section and sorts them by where they lead. */
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { pointOf } from './positions';
import type { SourcePosition } from './types';

interface LinkBase {
  /** Which link of the section this is: the n-th `a[href]` or `img[src]`, in document order. */
  index: number;
  attribute: 'href' | 'src';
  /** The URL as written. */
  href: string;
  text: string;
  place: SourcePosition;
}

/** A link or image in content, before the graph resolves it. */
export type LinkReference =
  | (LinkBase & { kind: 'anchor'; file: string | null; anchor: string })
  | (LinkBase & { kind: 'file'; file: string })
  | (LinkBase & { kind: 'relative' })
  | (LinkBase & { kind: 'external' });

const GITHUB_FILE = /^https?:\/\/github\.com\/[^/]+\/[^/]+\/(?:blob|tree)\/[^/]+\/(?:[^#?]*\/)?([^/#?]+\.md)(?:\?[^#]*)?(?:#(.*))?$/i;
const RELATIVE_FILE = /^(?!\w+:|\/\/)(?:[^#?]*\/)?([^/#?]+\.md)(?:\?[^#]*)?(?:#(.*))?$/i;
const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i;

/** The section's `a[href]` and `img[src]` elements, in document order, as data. */
export function collectLinks(tree: Root): LinkReference[] {
  const links: LinkReference[] = [];
  forEachLinkElement(tree, (element, index, attribute) => {
    const href = String(element.properties[attribute === 'href' ? 'href' : 'src']).trim();
    const text = attribute === 'src' ? String(element.properties.alt ?? '') : toText(element).replace(/\s+/g, ' ').trim();
    const base: LinkBase = { index, attribute, href, text, place: pointOf(element) };
    if (attribute === 'href' && href.startsWith('#')) {
      links.push({ ...base, kind: 'anchor', file: null, anchor: decodeAnchor(href.slice(1)) });
      return;
    }
    const fileMatch = attribute === 'href' ? (GITHUB_FILE.exec(href) ?? RELATIVE_FILE.exec(href)) : null;
    if (fileMatch) {
      const [, name, anchor] = fileMatch;
      links.push(anchor ? { ...base, kind: 'anchor', file: name!, anchor: decodeAnchor(anchor) } : { ...base, kind: 'file', file: name! });
      return;
    }
    links.push({ ...base, kind: HAS_SCHEME.test(href) || href.startsWith('//') ? 'external' : 'relative' });
  });
  return links;
}

/**
 * Calls `fn` for every `a[href]` and `img[src]` of the tree in document order, with its
 * running index: the one walk that both collecting and rewriting links use, so they agree.
 */
export function forEachLinkElement(tree: Root, fn: (element: Element, index: number, attribute: 'href' | 'src') => void): void {
  let index = 0;
  visit(tree, 'element', (element: Element) => {
    if (element.tagName === 'a' && typeof element.properties.href === 'string') fn(element, index++, 'href');
    else if (element.tagName === 'img' && typeof element.properties.src === 'string') fn(element, index++, 'src');
  });
}

function decodeAnchor(anchor: string): string {
  try {
    return decodeURIComponent(anchor);
  } catch {
    return anchor;
  }
}
