import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { parseAnswerHtml } from './answer-html';
import { rehypeScrollRegions } from './rehype-scroll-regions';

const regions = (html: string, options?: Parameters<typeof rehypeScrollRegions>[0]): string => {
  const tree = fromHtml(html, { fragment: true }) as Root;
  rehypeScrollRegions(options)(tree);
  return toHtml(tree);
};

describe('rehypeScrollRegions', () => {
  it.each([
    ['a fence that names its language by its language', '<pre><code class="language-json">{"a":1}</code></pre>', '<pre tabindex="0" role="region" aria-label="Code: json"><code class="language-json">{"a":1}</code></pre>'],
    ['a highlighted fence by its language', '<pre><code class="hljs language-json" data-language="json"><span class="hljs-number">1</span></code></pre>', '<pre tabindex="0" role="region" aria-label="Code: json"><code class="hljs language-json" data-language="json"><span class="hljs-number">1</span></code></pre>'],
    ['a fence without a language as code', '<pre><code>Access denied</code></pre>', '<pre tabindex="0" role="region" aria-label="Code"><code>Access denied</code></pre>'],
  ])('makes %s a focusable region named', (_, input, expected) => {
    expect(regions(input)).toBe(expected);
  });

  it('wraps a table in a focusable region named by its header cells, keeping the table whole', () => {
    const table = '<table><thead><tr><th>Field</th><th><code>redirect_url</code> value</th></tr></thead><tbody><tr><td>a</td><td>b</td></tr></tbody></table>';
    expect(regions(`<p>Fields:</p>${table}`)).toBe(`<p>Fields:</p><div class="table-scroll" tabindex="0" role="region" aria-label="Table: Field, redirect_url value">${table}</div>`);
  });

  it('names a table by its caption when it has one', () => {
    expect(regions('<table><caption>Fees per  country</caption><tr><th>Country</th></tr></table>')).toContain('aria-label="Table: Fees per country"');
  });

  it('names a table without header cells "Table", and cuts a long name at `maxLabel`', () => {
    expect(regions('<table><tr><td>a</td></tr></table>')).toContain('aria-label="Table"');
    expect(regions('<table><tr><th>Merchant serial number</th><th>Order id</th></tr></table>', { maxLabel: 30 })).toContain('aria-label="Table: Merchant serial number, Order…"');
  });

  it('reaches code and tables inside lists and table cells', () => {
    const html = regions('<ol><li id="step-1"><pre><code>x</code></pre></li></ol><table><tr><th>A</th></tr><tr><td><table><tr><th>B</th></tr></table></td></tr></table>');
    expect(html).toContain('<li id="step-1"><pre tabindex="0" role="region" aria-label="Code">');
    expect(html).toContain('aria-label="Table: A"');
    expect(html).toContain('aria-label="Table: B"');
  });

  it('names a region from text only: markup in a header cell cannot reach the attribute', () => {
    expect(regions('<table><tr><th>&quot; onfocus=&quot;alert(1)</th></tr></table>')).toContain('aria-label="Table: &#x22; onfocus=&#x22;alert(1)"');
  });
});

describe('answers as pages render them', () => {
  it('carry the regions', () => {
    const html = toHtml(parseAnswerHtml('<pre><code class="language-json">{}</code></pre><table><tr><th align="right">n</th></tr></table>'));
    expect(html).toContain('<pre tabindex="0" role="region" aria-label="Code: json">');
    expect(html).toContain('<div class="table-scroll" tabindex="0" role="region" aria-label="Table: n"><table><tbody><tr><th style="text-align:right">n</th>');
  });
});
