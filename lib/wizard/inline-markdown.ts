import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeSanitize from 'rehype-sanitize';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

/**
 * Labels, hints, summaries and checklist steps of the tree are one line of
 * text that may have inline markdown: `code`, *emphasis*, **strong** and
 * [links](https://…). Block syntax is switched off, so a label such as
 * `1. Check the keys` or `# 401` stays text, and so does HTML (`<orderId>`).
 */
const inlineOnly = {
  disable: {
    null: ['blockQuote', 'codeFenced', 'codeIndented', 'definition', 'headingAtx', 'htmlFlow', 'htmlText', 'list', 'setextUnderline', 'thematicBreak'],
  },
};

const processor = unified().use(remarkParse).data('micromarkExtensions', [inlineOnly]).use(remarkRehype).use(rehypeSanitize);

/**
 * The inline markdown of one line of tree text as sanitised hast (GitHub's
 * rules: no scripts, no `javascript:` links).
 *
 * @param options.links Keep links; `false` keeps only their text, for text shown inside a link. @defaultValue true
 */
export function parseInlineMarkdown(text: string, options: { links?: boolean } = {}): ElementContent[] {
  const root = processor.runSync(processor.parse(text)) as Root;
  const content = root.children.flatMap((node) => (node.type === 'element' && node.tagName === 'p' ? node.children : node.type === 'element' || node.type === 'text' ? [node] : []));
  return content.flatMap((node) => unwrapLinks(node, options.links === false));
}

/** The text a reader sees, for places that take no markup (page descriptions, `title`). */
export function inlineMarkdownToText(text: string): string {
  return toText({ type: 'element', tagName: 'span', properties: {}, children: parseInlineMarkdown(text) } satisfies Element);
}

/** Links become their text when `all`, and always when sanitising took their `href` away. */
function unwrapLinks(node: ElementContent, all: boolean): ElementContent[] {
  if (node.type !== 'element') return [node];
  const children = node.children.flatMap((child) => unwrapLinks(child, all));
  return node.tagName === 'a' && (all || node.properties.href === undefined) ? children : [{ ...node, children }];
}
