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
 * only return more of them (no hooks, no context, no event handlers). Text and
 * attribute values are escaped by `hast-util-to-html`, so no text from content
 * becomes markup; a `<style>` element's text is written as it is, so give it
 * constants only.
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
    if (typeof node.type === 'string') return [s(node.type, attributes(props), toHast(children))];
  }
  throw new TypeError('StaticSvg draws SVG elements, text and plain function components only');
}

/** Attributes that React writes as "true"/"false" rather than present or absent. */
const BOOLEANISH = /^(aria-|data-)|^(focusable|draggable|spellCheck|contentEditable)$/;

/** Props as the attributes React would write: booleanish values as words, `style` as text; no handlers. */
function attributes(props: Record<string, unknown>): Properties {
  const result: Properties = {};
  for (const [name, value] of Object.entries(props)) {
    if (typeof value === 'function') throw new TypeError(`StaticSvg writes markup, which cannot hold the handler ${name}`);
    result[name] = name === 'style' ? cssText(value) : typeof value === 'boolean' && BOOLEANISH.test(name) ? String(value) : (value as Properties[string]);
  }
  return result;
}

/** A React `style` object as the attribute React writes (`maxHeight: '24rem'` → `max-height:24rem`). Values are strings, as React adds no unit to those. */
function cssText(style: unknown): string | undefined {
  if (style === undefined || style === null) return undefined;
  if (typeof style === 'string') return style;
  return Object.entries(style as Record<string, unknown>)
    .map(([name, value]) => {
      if (typeof value !== 'string') throw new TypeError(`StaticSvg takes style values as strings with their units (${name}: ${String(value)})`);
      const property = name.startsWith('--') ? name : name.replace(/^ms(?=[A-Z])/, 'Ms').replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
      return `${property}:${value}`;
    })
    .join(';');
}
