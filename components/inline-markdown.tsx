import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import type { ComponentProps } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { parseInlineMarkdown } from '@/lib/wizard/inline-markdown';

const components: Partial<Components> = {
  code: (props: ComponentProps<'code'>) => <code {...props} className="rounded border border-[var(--border)] bg-[var(--surface)] px-1 font-mono text-[.9em]" />,
};

/**
 * A line of troubleshooter text (a label, a hint, a summary) with its inline
 * markdown, parsed and sanitised when the page is built.
 *
 * @param links Keep links; pass `false` for text shown inside a link. @defaultValue true
 */
export function InlineMarkdown({ text, links = true }: { text: string; links?: boolean }) {
  return toJsxRuntime({ type: 'root', children: parseInlineMarkdown(text, { links }) }, { Fragment, jsx, jsxs, components });
}
