import { createElement as h, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StaticSvg, svgMarkup } from './static-svg';

describe('StaticSvg', () => {
  it('writes the same markup React would for SVG elements, text and plain components', () => {
    const Label = ({ text }: { text: string }) => h('text', { className: 'map-label', textAnchor: 'middle', 'aria-hidden': 'true' }, text);
    const drawing = [
      h('style', { key: 's' }, '.a{stroke-width:2}[data-match] .b{opacity:.2}'),
      h('a', { key: 'a', href: '/q/x/', className: 'map-node map-c1', tabIndex: -1 }, h('title', null, 'Why 401?'), h('circle', { cx: 1, cy: 2, r: 3 })),
      h('path', { key: 'p', className: 'map-edges', d: 'M0 0L1 1', strokeWidth: 1.5, markerEnd: 'url(#m)' }),
      h(Fragment, { key: 'f' }, h(Label, { text: 'Payments' }), false, null, h('tspan', { x: 4, dy: undefined }, 'two')),
    ];
    const props = { id: 'knowledge-map', viewBox: '0 0 10 10', role: 'group', 'aria-label': 'Map' };
    drawing.push(
      h('g', { key: 'styled', style: { maxHeight: '24rem', strokeOpacity: '.5', WebkitUserSelect: 'none', msTransform: 'none' } }),
      h('g', { key: 'booleans', 'aria-hidden': true, focusable: false, 'data-match': false }),
    );
    expect(renderToStaticMarkup(h(StaticSvg, props, drawing))).toBe(renderToStaticMarkup(h('svg', props, drawing)));
  });

  it('escapes text from content', () => {
    expect(svgMarkup(h('title', null, 'Why <script>alert(1)</script> & "x"?'))).toBe('<title>Why &#x3C;script>alert(1)&#x3C;/script> &#x26; "x"?</title>');
  });

  it('refuses what it cannot write as markup', () => {
    expect(() => svgMarkup({ then: () => undefined } as never)).toThrow(TypeError);
    expect(() => svgMarkup(h('a', { onClick: () => undefined }))).toThrow(/handler onClick/);
    expect(() => svgMarkup(h('g', { style: { strokeWidth: 2 } }))).toThrow(/strings with their units/);
  });
});
