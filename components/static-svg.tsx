import type { ElementContent, Properties } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { s } from 'hastscript';
import { Fragment, isValidElement, type ReactNode, type SVGProps } from 'react';

/**
 * An `<svg>` whose drawing is written as JSX like any other, but reaches the
 * browser as one string of markup (`dangerouslySetInnerHTML`) instead of a
 * tree of React elements. A drawing of thousands of shapes is written into a
 * page's HTML and again into its RSC payloads; as a tree each shape costs a
 * JSON array of its props there, as a string no more than its markup. The DOM
 * is the same, and scripts that read it (MapViewer) see no difference.
 *
 * The children may be SVG elements, text and plain function components that
 * only return more of them (no hooks, no context). Text and attribute values
 * are escaped by `hast-util-to-html`; nothing becomes markup.
 */
export function StaticSvg({ children, ...props }: SVGProps<SVGSVGElement>) {
  return <svg {...props} dangerouslySetInnerHTML={{ __html: svgMarkup(children) }} />;
}

/** The markup of SVG children written as JSX. */
export function svgMarkup(children: ReactNode): string {
  return toHtml(toHast(children), { space: 'svg' });
}

function toHast(node: ReactNode): ElementContent[] {
  if (node === null || node === undefined || typeof node === 'boolean') return [];
  if (typeof node === 'string' || typeof node === 'number') return [{ type: 'text', value: String(node) }];
  if (Array.isArray(node)) return node.flatMap(toHast);
  if (isValidElement<Record<string, unknown> & { children?: ReactNode }>(node)) {
    const { children, ...props } = node.props;
    if (node.type === Fragment) return toHast(children);
    if (typeof node.type === 'function') return toHast((node.type as (props: object) => ReactNode)(node.props));
    if (typeof node.type === 'string') return [s(node.type, { ...props, style: cssText(props.style) } as Properties, toHast(children))];
  }
  throw new TypeError('StaticSvg draws SVG elements, text and plain function components only');
}

/** A React `style` object as the attribute React writes (`maxHeight: '24rem'` → `max-height:24rem`); values as given, no units added. */
function cssText(style: unknown): string | undefined {
  if (style === undefined || style === null) return undefined;
  if (typeof style === 'string') return style;
  return Object.entries(style as Record<string, string | number>)
    .map(([name, value]) => `${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}:${value}`)
    .join(';');
}
