import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AnswerContent } from './answer-content';

const render = (html: string) => renderToStaticMarkup(createElement(AnswerContent, { content: html }));

describe('AnswerContent', () => {
  it('renders an answer without steps as the same HTML, attributes and nesting kept, code and tables as regions that scroll', () => {
    const prose = '<p>Use <a href="/q/refunds/">refunds</a> and <code>POST /v2/payments</code>.</p><h3 id="solution-1">Solution 1</h3>';
    const code = '<code class="hljs language-json"><span class="hljs-attr">"a"</span>: 1</code>';
    const table = '<table><thead><tr><th>Code</th></tr></thead><tbody><tr><td>401</td></tr></tbody></table>';
    const rest = '<ul><li>one</li><li>two <em>three</em></li></ul><p><img src="/x.png" alt="x"></p>';
    expect(render(`${prose}<pre>${code}</pre>${table}${rest}`)).toBe(
      `<div class="answer">${prose}<pre tabindex="0" role="region" aria-label="Code: json">${code}</pre>` +
        `<div class="table-scroll" tabindex="0" role="region" aria-label="Table: Code">${table}</div>${rest}</div>`,
    );
  });

  it('shows a table column\'s alignment, as a style the page CSS does not override', () => {
    expect(render('<table><thead><tr><th align="right">Fee</th><th>Name</th></tr></thead><tbody><tr><td align="center">1 %</td><td>Card</td></tr></tbody></table>')).toContain(
      '<table><thead><tr><th style="text-align:right">Fee</th><th>Name</th></tr></thead><tbody><tr><td style="text-align:center">1 %</td><td>Card</td></tr></tbody></table>',
    );
  });

  it('gives each checklist step a copy-link button and keeps everything around it', () => {
    const out = render('<p>Do this:</p><ol><li id="step-1" data-step="1">Check the <code>Authorization</code> header.</li><li id="step-2" data-step="2">Retry.</li></ol>');
    expect(out).toContain('<p>Do this:</p><ol>');
    expect(out).toMatch(/<li id="step-1" data-step="1" class="step">Check the <code>Authorization<\/code> header\.<button[^>]*aria-label="Copy link to step 1"/);
    expect(out).toMatch(/<li id="step-2" data-step="2" class="step">Retry\.<button[^>]*aria-label="Copy link to step 2"/);
  });
});
