import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { graphOf } from './test-helpers';

const fixture = readFileSync(join(import.meta.dirname, 'fixtures', 'docusaurus-admonitions-become-callouts-and-other-colons-stay-text', 'input.md'), 'utf8');
const html = (markdown: string, id: string) => graphOf({ 'content/faq/sync.md': markdown }).graph.questions.find((q) => q.id === id)!.html;
const paused = html(fixture, 'why-does-the-sync-client-pause-at-night');

describe('Docusaurus admonitions', () => {
  it('become callouts: a note with its kind as title, its content as markdown', () => {
    expect(paused).toContain('<div class="callout callout-tip" role="note"><p class="callout-title">Tip</p><p>Keep the laptop <strong>plugged in</strong>.</p></div>');
  });

  it('take a title as Docusaurus writes it, in brackets or after the kind', () => {
    expect(paused).toContain('<div class="callout callout-warning" role="note"><p class="callout-title">Warning: Before you change the schedule</p>');
    expect(paused).toContain('<div class="callout callout-danger" role="note"><p class="callout-title">Danger: Losing files</p><p>Never delete the <code>.syncstate</code> folder while a sync runs.</p></div>');
  });

  it.each(['note', 'info', 'caution'])('reads :::%s too', (kind) => {
    expect(html(`# F\n\n## C\n\n### Q?\n\n:::${kind}\nText.\n:::\n`, 'q')).toMatch(new RegExp(`^<div class="callout callout-${kind}" role="note"><p class="callout-title">${kind[0]!.toUpperCase()}${kind.slice(1)}</p><p>Text.</p></div>$`));
  });

  it('leave colons in text, `::leaf` lines and `:::` in code as written', () => {
    expect(paused).toContain('<p>Times such as 10:30, names such as a:b:c, mailto:support and :smile: stay as written.</p>');
    expect(paused).toContain('<p>::leaf-directive lines stay too.</p>');
    const code = html('# F\n\n## C\n\n### Q?\n\n```md\n:::tip Not a callout\n:::\n```\n', 'q');
    expect(code).toContain(':::tip Not a callout\n:::\n</code></pre>');
    expect(code).not.toContain('callout-tip');
  });

  it('keep the text of an unknown kind, of a broken opening and of one never closed, and the questions after it', () => {
    const { graph } = graphOf({ 'content/faq/sync.md': fixture });
    const kept = graph.questions.find((q) => q.id === 'which-callouts-are-not-read')!.html;
    expect(kept).toBe('<p>:::details</p>\n<p>An unknown kind is kept as written.</p>\n<p>:::</p>\n<p>:::tip{title\nAttributes that never close are no callout.\n:::</p>');
    expect(graph.questions.find((q) => q.id === 'is-a-callout-never-closed-kept')!.html).toBe('<p>:::caution</p>\n<p>The rest of the file would be inside it.</p>');
    expect(graph.questions.map((q) => q.id)).toContain('does-the-next-question-survive-it');
  });

  it('number a list inside a callout as the answer’s steps', () => {
    const { graph } = graphOf({ 'content/faq/sync.md': fixture });
    const question = graph.questions.find((q) => q.id === 'does-a-callout-nest-a-numbered-list')!;
    expect(question.steps.map((step) => step.text)).toEqual(['Open the settings.', 'Turn the sync on.']);
    expect(question.html).toContain('<div class="callout callout-note" role="note"><p class="callout-title">Note</p><ol>\n<li id="step-1"');
  });

  it('are sanitised like the rest: a title’s HTML loses its handlers, and raw HTML gets no other class or role', () => {
    expect(html('# F\n\n## C\n\n### Q?\n\n:::tip[<img src="https://x.test/a.png" onerror="alert(1)">]\nText.\n:::\n', 'q')).toContain('<p class="callout-title">Tip: <img src="https://x.test/a.png"></p>');
    expect(html('# F\n\n## C\n\n### Q?\n\n<div class="callout callout-tip evil" role="button" onclick="alert(1)">Raw</div>\n', 'q')).toBe('<div class="callout callout-tip">Raw</div>');
  });

  it('read a title after the kind in a file with Windows line endings', () => {
    expect(html('# F\r\n\r\n## C\r\n\r\n### Q?\r\n\r\n:::tip My title\r\nText.\r\n:::\r\n', 'q')).toBe('<div class="callout callout-tip" role="note"><p class="callout-title">Tip: My title</p><p>Text.</p></div>');
  });

  it('keep code, links and brackets of a title after the kind as markdown has them', () => {
    const title = (opening: string) => html(`# F\n\n## C\n\n### Q?\n\n${opening}\nText.\n:::\n`, 'q').match(/<p class="callout-title">(.*?)<\/p>/)?.[1];
    expect(title(':::tip Use `a[0]` here')).toBe('Tip: Use <code>a[0]</code> here');
    expect(title(':::tip See [the guide](https://x.test/g) first')).toBe('Tip: See <a href="https://x.test/g">the guide</a> first');
    expect(title(':::tip A ] and a [ alone')).toBe('Tip: A ] and a [ alone');
    expect(title(':::tip Ends with a slash\\')).toBe('Tip: Ends with a slash\\');
  });

  it('put a titled opening that is no callout back as it was written, and quote it so', () => {
    const { graph, report } = graphOf({ 'content/faq/sync.md': '# F\n\n## C\n\n### Q?\n\n:::note this [is] text\nNever closed.\n' });
    expect(graph.questions.find((q) => q.id === 'q')!.html).toBe('<p>:::note this [is] text</p>\n<p>Never closed.</p>');
    expect(report).toContain('`:::note this [is] text` is never closed');
  });
});

