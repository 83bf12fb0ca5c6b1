import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import type { ComponentProps, JSX, ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { visit } from 'unist-util-visit';
import { parseAnswerHtml } from '@/lib/answer-html';
import { StepCheckbox } from './checklist';
import { CopyLinkButton } from './copy-link-button';

/**
 * Renders sanitised answer HTML (a question's answer as the `Site` parsed it, or the HTML of a category's
 * or document's prose), giving each checklist step (`li#step-N`) a copy-link button and, inside a
 * ChecklistProvider (`checklist`), a checkbox. The HTML was sanitised when the graph was built;
 * nothing here adds markup from content, and a tree given is not changed.
 *
 * Only the elements on the way to a step become React elements. Every other
 * element keeps its tag and attributes but takes its contents as an HTML
 * string, so a paragraph or a highlighted code block travels in the page's
 * RSC payload (written three times per page: inline in the HTML, `index.txt`
 * for navigation, the page segment for prefetch) as one string instead of a
 * tree of React elements, with the same DOM in the browser.
 */
export function AnswerContent({ content, checklist = false }: { content: string | Root; checklist?: boolean }) {
  const tree = typeof content === 'string' ? parseAnswerHtml(content) : content;
  const tags = new Set<string>();
  visit(tree, 'element', (node) => {
    tags.add(node.tagName);
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
