import type { Root } from 'mdast';
import { defaultSchema } from 'rehype-sanitize';
import { visit } from 'unist-util-visit';

/** Elements that are real HTML: allowed ones, and the dangerous ones the sanitiser removes. */
const HTML_TAGS = new Set([
  ...(defaultSchema.tagNames ?? []),
  ...['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'form', 'input', 'button',
    'select', 'option', 'textarea', 'base', 'meta', 'link', 'noscript', 'template', 'title', 'xmp', 'plaintext', 'noembed',
    'noframes', 'marquee', 'html', 'head', 'body', 'span', 'font', 'center', 'u', 'small', 'big', 'abbr', 'mark', 'video',
    'audio', 'source', 'track', 'canvas', 'dialog', 'header', 'footer', 'nav', 'main', 'section', 'article', 'aside'],
]);

/**
 * Turns HTML-like text that is no HTML element (`<orderId>`, `<snip>`) into
 * plain text, so it is shown rather than dropped by the sanitiser. Anchors
 * are computed before this runs, as GitHub computes them.
 */
export function remarkHtmlLikeText() {
  return (tree: Root) => {
    visit(tree, 'html', (node, index, parent) => {
      const tag = /^<\/?([A-Za-z][\w-]*)/.exec(node.value.trim())?.[1];
      if (!tag || HTML_TAGS.has(tag.toLowerCase()) || !parent || index === undefined) return;
      parent.children[index] = { type: 'text', value: node.value, position: node.position } as (typeof parent.children)[number];
    });
  };
}
