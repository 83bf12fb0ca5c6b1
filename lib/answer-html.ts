import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { rehypeScrollRegions } from './rehype-scroll-regions';

/**
 * Parses sanitised answer HTML into the tree pages render, once: a markdown table's column alignment
 * becomes a `text-align` style, as the page's CSS lets it show (`td { text-align: left }` beats `align`),
 * and code blocks and tables become named regions a keyboard can scroll (rehype-scroll-regions).
 */
export function parseAnswerHtml(html: string): Root {
  const tree = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node) => {
    const align = node.properties.align;
    if ((node.tagName === 'td' || node.tagName === 'th') && typeof align === 'string') {
      node.properties.style = `text-align:${align}${node.properties.style ? `;${String(node.properties.style)}` : ''}`;
      delete node.properties.align;
    }
  });
  rehypeScrollRegions()(tree);
  return tree;
}
