import { describe, expect, it } from 'vitest';
import type { Question } from '@/lib/content/types';
import { toHtml } from 'hast-util-to-html';
import { buildSteps } from './answer-steps';
import type { AnswerNode } from './types';

const question = {
  html: `<p>Follow these steps:</p>
<ol>
<li id="step-1" data-step="1">Check the credentials:
<ul>
<li><code>client_id</code></li>
<li><code>client_secret</code></li>
</ul>
</li>
<li id="step-2" data-step="2">Read the body. See: <a href="https://example.com/errors">Errors</a>.</li>
</ol>
<p>Then, in another list:</p>
<ol start="3"><li id="step-3" data-step="3">Retry once.</li></ol>`,
} as Question;

const answer = (checklist: string[]): AnswerNode => ({ type: 'answer', id: 'http-401', question: 'why-401', checklist });

describe('buildSteps', () => {
  it('takes the question’s own steps whole: links, code and the lists nested in them', () => {
    expect(toHtml(buildSteps(answer([]), question))).toBe(
      '<ol><li id="step-1" data-step="1">Check the credentials:\n<ul>\n<li><code>client_id</code></li>\n<li><code>client_secret</code></li>\n</ul>\n</li>' +
        '<li id="step-2" data-step="2">Read the body. See: <a href="https://example.com/errors">Errors</a>.</li>' +
        '<li id="step-3" data-step="3">Retry once.</li></ol>',
    );
  });

  it('keeps an answer’s several lists apart, each under its label, numbered as the question page numbers them', () => {
    const parts = [{ label: 'Follow these steps', from: 1, to: 2 }, { label: 'Then, in another list', from: 3, to: 3 }];
    const html = toHtml(buildSteps(answer([]), { ...question, checklistParts: parts }));
    expect(html).toMatch(/^<p class="checklist-part">Follow these steps<\/p><ol><li id="step-1"/);
    expect(html).toContain('</ol><p class="checklist-part">Then, in another list</p><ol start="3"><li id="step-3" data-step="3">Retry once.</li></ol>');
  });

  it('reads steps written in the tree as inline markdown, safely', () => {
    expect(toHtml(buildSteps(answer(['Call `GET /details`.', 'Read [the guide](https://example.com) <script>alert(1)</script>']), question))).toBe(
      '<ol><li id="step-1" data-step="1">Call <code>GET /details</code>.</li>' +
        '<li id="step-2" data-step="2">Read <a href="https://example.com">the guide</a> &#x3C;script>alert(1)&#x3C;/script></li></ol>',
    );
  });
});
