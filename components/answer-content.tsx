import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import type { ComponentProps } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { StepCheckbox } from './checklist';
import { CopyLinkButton } from './copy-link-button';

/**
 * Renders a question's sanitised answer HTML as React, so each checklist step
 * (`li#step-N`) gets a copy-link button and, inside a ChecklistProvider
 * (`checklist`), a checkbox. The HTML was sanitised when the graph
 * was built; nothing here adds markup from content.
 */
export function AnswerContent({ html, checklist = false }: { html: string; checklist?: boolean }) {
  const tree = fromHtml(html, { fragment: true });
  const components: Partial<Components> = {
    li: ({ node, children, ...props }: ComponentProps<'li'> & { node?: Element }) => {
      const id = typeof props.id === 'string' ? props.id : undefined;
      if (!id?.startsWith('step-')) return <li {...props}>{children}</li>;
      const n = id.slice('step-'.length);
      return (
        <li {...props} className="step">
          {checklist && <StepCheckbox n={Number(n)} />}
          {children}
          <CopyLinkButton hash={id} label={`Copy link to step ${n}`} />
        </li>
      );
    },
  };
  return <div className="answer">{toJsxRuntime(tree, { Fragment, jsx, jsxs, components, passNode: true })}</div>;
}
