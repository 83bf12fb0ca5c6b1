import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import type { ComponentProps, JSX, ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { visit } from 'unist-util-visit';
import { StepCheckbox } from './checklist';
import { CopyLinkButton } from './copy-link-button';

/**
 * Renders a question's sanitised answer HTML, giving each checklist step
 * (`li#step-N`) a copy-link button and, inside a ChecklistProvider
 * (`checklist`), a checkbox. The HTML was sanitised when the graph was built;
 * nothing here adds markup from content.
 *
 * Only the elements on the way to a step become React elements. Every other
 * element keeps its tag and attributes but takes its contents as an HTML
 * string, so a paragraph or a highlighted code block travels in the page's
 * RSC payload (written three times per page: inline in the HTML, `index.txt`
 * for navigation, the page segment for prefetch) as one string instead of a
 * tree of React elements, with the same DOM in the browser.
 */
export function AnswerContent({ html, checklist = false }: { html: string; checklist?: boolean }) {
  const tree = fromHtml(html, { fragment: true });
  const tags = new Set<string>();
  visit(tree, 'element', (node) => {
    tags.add(node.tagName);
    // A markdown table's column alignment, as the page's CSS lets it show (`td { text-align: left }` beats `align`).
    const align = node.properties.align;
    if ((node.tagName === 'td' || node.tagName === 'th') && typeof align === 'string') {
      node.properties.style = `text-align:${align}${node.properties.style ? `;${String(node.properties.style)}` : ''}`;
      delete node.properties.align;
    }
  });
  const components: Partial<Components> = Object.fromEntries(
    [...tags].map((tag) => [tag, (props: ElementProps) => renderElement(tag as keyof JSX.IntrinsicElements, props, checklist)]),
  );
  return <div className="answer">{toJsxRuntime(tree, { Fragment, jsx, jsxs, components, passNode: true })}</div>;
}

type ElementProps = ComponentProps<'div'> & { node?: Element };

function renderElement(tag: keyof JSX.IntrinsicElements, { node, children, ...props }: ElementProps, checklist: boolean): ReactNode {
  const id = typeof props.id === 'string' ? props.id : undefined;
  if (tag === 'li' && id?.startsWith('step-')) {
    const n = id.slice('step-'.length);
    return (
      <li {...(props as ComponentProps<'li'>)} className="step">
        {checklist && <StepCheckbox n={Number(n)} />}
        {children}
        <CopyLinkButton hash={id} label={`Copy link to step ${n}`} />
      </li>
    );
  }
  if (node && node.children.length > 0 && !node.children.some(holdsStep)) {
    return jsx(tag, { ...props, dangerouslySetInnerHTML: { __html: toHtml(node.children) } });
  }
  return jsx(tag, { ...props, children });
}

function holdsStep(node: ElementContent): boolean {
  if (node.type !== 'element') return false;
  const id = node.properties.id;
  return (node.tagName === 'li' && typeof id === 'string' && id.startsWith('step-')) || node.children.some(holdsStep);
}
