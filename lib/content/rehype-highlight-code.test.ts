import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { rehypeHighlightCode } from './rehype-highlight-code';
import { graphOf } from './test-helpers';

const highlighted = (html: string): string => {
  const tree = fromHtml(html, { fragment: true }) as Root;
  rehypeHighlightCode()(tree);
  return toHtml(tree);
};

describe('rehypeHighlightCode', () => {
  it('tokenises a fence that names its language, keeping its text', () => {
    const html = highlighted('<pre><code class="language-json">{"errorCode":"Unauthorized","n":35}</code></pre>');
    expect(html).toContain('<span class="hljs-attr">"errorCode"</span>');
    expect(html).toContain('<span class="hljs-string">"Unauthorized"</span>');
    expect(html).toContain('<span class="hljs-number">35</span>');
    expect(toText(fromHtml(html, { fragment: true }))).toBe('{"errorCode":"Unauthorized","n":35}');
  });

  it.each([
    ['a fence without a language', '<pre><code>Access denied due to invalid subscription key.</code></pre>'],
    ['a language it has no grammar for', '<pre><code class="language-klingon">nuqneH</code></pre>'],
    ['inline code', '<p><code class="language-json">{"a":1}</code></p>'],
  ])('leaves %s as it is', (_, input) => {
    expect(highlighted(input)).toBe(input);
  });

  it('writes markup-like code as text', () => {
    const html = highlighted('<pre><code class="language-json">{"a":"&lt;img src=x onerror=alert(1)&gt;"}</code></pre>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&#x3C;img src=x onerror=alert(1)>');
  });
});

describe('highlighting in a parsed answer', () => {
  const answer = (markdown: string) => graphOf({ 'faq.md': `# FAQ\n\n## Why do I get 401?\n\n${markdown}\n` }).graph.questions[0]!;

  it('runs after the sanitiser: a fenced JSON body is highlighted, its text unchanged', () => {
    const question = answer('The body says:\n\n```json\n{ "errorCode": "Unauthorized" }\n```');
    expect(question.html).toContain('<code class="language-json" data-language="json"><span class="hljs-punctuation">{</span> <span class="hljs-attr">"errorCode"</span>');
    expect(question.text).toContain('{ "errorCode": "Unauthorized" }');
  });

  it('gives no author-written HTML the highlighter’s classes or anything else', () => {
    const question = answer('<pre><code class="language-json hljs-string" onclick="alert(1)">{"a":1}</code></pre>\n\n<span class="hljs-keyword">fake</span>');
    expect(question.html).not.toContain('onclick');
    expect(question.html).not.toContain('hljs-keyword');
    expect(question.html).toContain('<span class="hljs-attr">"a"</span>');
  });
});
