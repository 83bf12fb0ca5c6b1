import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { inlineMarkdownToText, parseInlineMarkdown } from './inline-markdown';

const html = (text: string, options?: { links?: boolean }) => toHtml({ type: 'root', children: parseInlineMarkdown(text, options) });

describe('parseInlineMarkdown', () => {
  it.each([
    ['a code span (the hint of “missing sub”)', 'Also "Merchant Not Allowed", or a missing `sub`.', 'Also "Merchant Not Allowed", or a missing <code>sub</code>.'],
    ['emphasis and strong', 'Use *test* keys, **never** production keys.', 'Use <em>test</em> keys, <strong>never</strong> production keys.'],
    ['a link', 'See [the API guide](https://example.com/guide).', 'See <a href="https://example.com/guide">the API guide</a>.'],
    ['a `javascript:` link keeps only its text', 'Click [here](javascript:alert(1)).', 'Click here.'],
    ['HTML stays text', 'Send <orderId> and <img src=x onerror=alert(1)>', 'Send &#x3C;orderId> and &#x3C;img src=x onerror=alert(1)>'],
    ['a numbered label stays text, not a list', '1. Check the keys', '1. Check the keys'],
    ['a hash stays text, not a heading', '# 401 Unauthorized', '# 401 Unauthorized'],
    ['a dash stays text, not a list', '- or a missing key', '- or a missing key'],
    ['an escaped backtick stays a backtick', 'A \\`literal\\` backtick', 'A `literal` backtick'],
    ['a lone asterisk stays text', 'Rate * limit', 'Rate * limit'],
    ['a colon label', 'errorCode 35: Requested Order not found', 'errorCode 35: Requested Order not found'],
    ['an empty label', '', ''],
  ])('%s', (_case, text, expected) => {
    expect(html(text)).toBe(expected);
  });

  it('keeps only the text of links for text shown inside a link', () => {
    expect(html('See [the *API* guide](https://example.com) and `GET /details`', { links: false })).toBe('See the <em>API</em> guide and <code>GET /details</code>');
  });
});

describe('inlineMarkdownToText', () => {
  it('gives the words a reader sees', () => {
    expect(inlineMarkdownToText('Look at `errorCode` and *errorMessage* in [the body](https://example.com).')).toBe('Look at errorCode and errorMessage in the body.');
  });
});
