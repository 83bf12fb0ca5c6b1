/**
 * Hostile and random markdown through the whole content pipeline
 * (`parseFaqDocument` + `buildQuestionGraph`): it never throws, every message
 * points at a file, line and column, ids stay usable, and no answer HTML can
 * run script.
 *
 * The random runs use a fixed seed, so a failure reproduces. To search wider:
 *   FAQ_PROPERTY_RUNS=2000 npx vitest run lib/content/parse-faq.property.test.ts
 *   FAQ_PROPERTY_SEED=42 FAQ_PROPERTY_RUNS=500 npx vitest run lib/content/parse-faq.property.test.ts
 * fast-check prints the seed and path of a counterexample; pass the seed back to replay it.
 */
import fc from 'fast-check';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { graphOf } from './test-helpers';

const SEED = Number(process.env.FAQ_PROPERTY_SEED ?? 20261123);
const RUNS = Number(process.env.FAQ_PROPERTY_RUNS ?? 40);
/** Generous, for a busy machine: these tests assert behaviour, never speed (see scripts/bench-parse.ts). */
const TIMEOUT = 120_000;

/** Asserts everything a caller of the pipeline relies on, whatever the markdown. */
function expectSafeGraph(inputs: Record<string, string>): void {
  const { graph, files } = graphOf(inputs);

  for (const file of files) {
    for (const message of file.messages) {
      const where = `${message.reason} [${message.ruleId}]`;
      expect(message.file, where).toBe(file.path);
      expect(message.line, where).toBeGreaterThanOrEqual(1);
      expect(message.column, where).toBeGreaterThanOrEqual(1);
    }
  }

  const questionIds = graph.questions.map((question) => question.id);
  expect(new Set(questionIds).size, 'question ids are unique').toBe(questionIds.length);
  const categoryIds = graph.categories.map((category) => category.id);
  expect(new Set(categoryIds).size, 'category ids are unique').toBe(categoryIds.length);
  for (const id of [...questionIds, ...categoryIds]) {
    expect(id, 'ids are not empty').not.toBe('');
    expect(() => encodeURIComponent(id), `id ${JSON.stringify(id)} fits in a URL`).not.toThrow();
  }

  for (const question of graph.questions) {
    expect(question.source.line).toBeGreaterThanOrEqual(1);
    expect(question.source.column).toBeGreaterThanOrEqual(1);
    for (const step of question.steps) expect(step.id).toMatch(/^step-\d+$/);
    expect(new Set(question.steps.map((step) => step.id)).size).toBe(question.steps.length);
    expectInertHtml(question.html, question.id);
    expectInertHtml(question.titleHtml, question.id);
  }
  for (const category of graph.categories) expectInertHtml(category.html, category.id);
  for (const document of graph.documents) {
    expectInertHtml(document.intro, document.id);
    for (const notice of document.notices) expectInertHtml(notice, document.id);
  }
  expect(() => JSON.stringify(graph)).not.toThrow();
}

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'cite', 'background'];

/** No script element, no event handler attribute and no `javascript:` URL, as a browser would read the HTML. */
function expectInertHtml(html: string, where: string): void {
  // Attribute values may hold `<script>` as inert text (`class="language-<script>"`, `alt`, `title`);
  // text content has its `<` escaped, so what is left after dropping the values is markup.
  const markup = html.replace(/="[^"]*"/g, '=""');
  expect(markup, where).not.toMatch(/<script/i);
  visit(fromHtml(html, { fragment: true }), 'element', (element: Element) => {
    expect(element.tagName, where).not.toMatch(/^(script|iframe|object|embed|frame)$/);
    for (const [name, value] of Object.entries(element.properties)) {
      expect(name, `${where}: <${element.tagName} ${name}>`).not.toMatch(/^on/i);
      if (URL_ATTRIBUTES.includes(name)) {
        // Browsers drop ASCII tab, newline and control characters inside a URL's scheme.
        const url = String(value).replace(/[\u0000-\u0020]/g, '');
        expect(url, `${where}: <${element.tagName} ${name}>`).not.toMatch(/^(javascript|vbscript|data):/i);
      }
    }
  });
}

// ---- Generators -------------------------------------------------------------------------------

/** Text a Norwegian author, a copy-paste from a log or a hostile editor might type. */
const oddText = fc.constantFrom(
  'blåbærsyltetøy',
  'ÆØÅ æøå',
  'Hvorfor får jeg «feil»?',
  '\u200F\u200E',
  '\u202Eevil\u202C',
  'a\u200Db',
  'e\u0301\u0301\u0301\u0301',
  '\uD800',
  '\uDFFF x \uDBFF',
  '\u0000',
  'nul\u0000byte',
  '👩‍👩‍👧‍👦',
  '🏳️‍🌈',
  '\uFEFF',
  '\u2028\u2029',
  '\r',
  '\t',
  '&#0;',
  '&#x202E;',
  '&#xD800;',
  '&amp;&lt;&gt;',
  '\\',
  '​',
  '—',
);

const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('payment', 'Vipps', 'capture', 'HTTP 401', 'errorCode 42', 'Unauthorized', 'order', '"Request failed."', 'unauthorized_client') },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 3, arbitrary: oddText },
);

const runOf = (unit: string) => fc.integer({ min: 1, max: 120 }).map((n) => unit.repeat(n));
const runs = fc.oneof(...['[', ']', '*', '_', '_*', '**', '`', '[](', '![', '~', '|', '\\', '&', '<', '(', '#'].map(runOf));

const hostileHtml = fc.constantFrom(
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<iframe src="//evil.example"></iframe>',
  '<div onclick="steal()">x</div>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="&#106;avascript:alert(1)">x</a>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<details open ontoggle=alert(1)>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<style>*{display:none}</style>',
  '<a id="step-1" name="x" href="#">own anchor</a>',
  '<h3 id="hijack">raw heading</h3>',
  '<!-- comment -->',
  '<!--',
  '-->',
  '<orderId>',
  '</div>',
  '<p>',
);

const anchor = fc.oneof(
  word.map((w) => `#${w}`),
  fc.constantFrom('#', '#%', '#%E0%A4%A', '#step-1', '#table-of-contents', '#frequently-asked-questions', '#-1', '#faq'),
  fc.constantFrom('other.md#x', 'b.md', 'https://github.com/vippsas/repo/blob/main/b.md#y', '../x.md#z', 'missing.md#q'),
  fc.constantFrom('javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', '<javascript:alert(1)>'),
  fc.constantFrom('https://vipps.no', 'mailto:a@b.no', '//evil.example', ''),
);
const link = fc.tuple(word, anchor, fc.boolean()).map(([text, href, image]) => `${image ? '!' : ''}[${text}](${href})`);

const inline = fc
  .array(fc.oneof({ weight: 5, arbitrary: word }, { weight: 1, arbitrary: runs }, { weight: 1, arbitrary: hostileHtml }, { weight: 2, arbitrary: link }), { maxLength: 8 })
  .chain((parts) => fc.constantFrom(' ', '', '**', '`', '_').map((joint) => parts.join(joint)));

const heading = fc.tuple(fc.integer({ min: 1, max: 6 }), inline).map(([depth, text]) => `${'#'.repeat(depth)} ${text}`);
const setextHeading = fc.tuple(inline, fc.constantFrom('===', '---')).map(([text, line]) => `${text}\n${line}`);
const anchorParagraph = word.map((w) => `#${w} #anchor`);

const list = fc
  .tuple(fc.array(inline, { minLength: 1, maxLength: 5 }), fc.constantFrom('-', '*', '+', '1.', '2)', '01.'))
  .map(([items, marker]) => items.map((item) => `${marker} ${item}`).join('\n'));
const nestedInline = fc
  // 200 levels are in the named cases below; random depths stay shallower to keep runs quick.
  .tuple(fc.integer({ min: 1, max: 50 }), fc.constantFrom('- ', '> ', '1. ', '> - ', '- > ', '1. > '), inline)
  .map(([depth, prefix, text]) => prefix.repeat(depth) + text);
const nestedIndented = fc
  .tuple(fc.integer({ min: 1, max: 30 }), fc.constantFrom('- ', '1. ', '> '), inline)
  .map(([depth, marker, text]) => Array.from({ length: depth }, (_, i) => `${'   '.repeat(i)}${marker}${text} ${i}`).join('\n'));

const table = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 12 }), fc.oneof(word, link, runs.map((run) => run.slice(0, 12))), fc.constantFrom('---', ':--', ':-:', '--:'))
  .map(([columns, rows, cell, align]) => {
    const row = (text: string) => `| ${Array.from({ length: columns }, () => text.replace(/\n/g, ' ')).join(' | ')} |`;
    return [row('head'), row(align), ...Array.from({ length: rows }, () => row(cell))].join('\n');
  });

const fence = fc
  .tuple(fc.constantFrom('```', '~~~', '````'), fc.constantFrom('', 'json', 'text', 'js onclick=x', '<script>'), inline, fc.boolean())
  .map(([marker, lang, body, closed]) => `${marker}${lang}\n${body}\n${closed ? marker : ''}`);

/** YAML-ish text: valid, broken, or neither. */
const yamlish = fc
  .array(fc.oneof(fc.constantFrom('title: x', 'title: [', 'a: {', ': :', '- a', '\t- b', '"', "'", '&a', '*a', '%YAML', '@', '|', '>', 'key: "unclosed', '  indented: 1', '---', '...', 'title: æøå'), word), {
    maxLength: 6,
  })
  .map((lines) => lines.join('\n'));
const metadataComment = fc
  .tuple(yamlish, fc.constantFrom('full', 'no-end', 'no-fence', 'no-close'))
  .map(([yaml, shape]) => {
    switch (shape) {
      case 'full':
        return `<!-- START_METADATA\n---\n${yaml}\n---\nEND_METADATA -->`;
      case 'no-end':
        return `<!-- START_METADATA\n---\n${yaml}\n---`;
      case 'no-fence':
        return `<!-- START_METADATA\n${yaml}\nEND_METADATA -->`;
      default:
        return `<!-- START_METADATA\n---\n${yaml}\n---\nEND_METADATA`;
    }
  });

const marker = fc.constantFrom(
  '<!-- START_TOC -->',
  '<!-- END_TOC -->',
  '<!-- START_COMMENT -->',
  '<!-- END_COMMENT -->',
  '<!-- START_TOC',
  '<!--START_COMMENT-->',
  '## Table of contents',
  '### Innhold',
  '# Contents:',
  '---',
  '***',
  '[^1]: a footnote [^1]',
  'text with a footnote[^1] and [^missing]',
  '[ref]: #somewhere',
  '[ref]: javascript:alert(1)',
  'see [ref] and [ref][] and [x][ref]',
  '<div>',
  '</div>',
  '<details><summary>x</summary>',
  '- [ ] task\n- [x] done',
  'www.example.com and https://vipps.no/x?y=<z>',
);

const block = fc.oneof(
  { weight: 6, arbitrary: heading },
  { weight: 1, arbitrary: setextHeading },
  { weight: 1, arbitrary: anchorParagraph },
  { weight: 5, arbitrary: inline },
  { weight: 3, arbitrary: list },
  { weight: 1, arbitrary: nestedInline },
  { weight: 1, arbitrary: nestedIndented },
  { weight: 1, arbitrary: table },
  { weight: 1, arbitrary: fence },
  { weight: 1, arbitrary: metadataComment },
  { weight: 3, arbitrary: marker },
  { weight: 1, arbitrary: hostileHtml },
);

const frontMatter = yamlish.map((yaml) => `---\n${yaml}\n---\n`);

const document = fc
  .tuple(fc.option(frontMatter, { freq: 5 }), fc.array(block, { maxLength: 20 }), fc.constantFrom('\n\n', '\n', '\r\n', '\r\n\r\n', '\n\n\n'))
  .map(([front, blocks, separator]) => (front ?? '') + blocks.join(separator));

const files = fc
  .uniqueArray(fc.tuple(fc.constantFrom('content/faq/a.md', 'content/faq/b.md', 'content/faq/other.md', 'content/faq/blåbær.md', 'x.md'), document), {
    minLength: 1,
    maxLength: 3,
    selector: ([path]) => path,
  })
  .map((entries) => Object.fromEntries(entries));

// ---- Tests -----------------------------------------------------------------------------------

describe('parseFaqDocument + buildQuestionGraph on random markdown', () => {
  it('never throws, places every message, keeps ids unique and HTML inert', () => {
    fc.assert(
      fc.property(files, (inputs) => expectSafeGraph(inputs)),
      { seed: SEED, numRuns: RUNS },
    );
  }, TIMEOUT);
});

const nestedLines = (depth: number, line: (level: number) => string) => Array.from({ length: depth }, (_, i) => line(i)).join('\n');
const tableOf = (columns: number, rows: number) =>
  [`| ${Array.from({ length: columns }, (_, i) => `c${i}`).join(' | ')} |`, `|${' --- |'.repeat(columns)}`, ...Array.from({ length: rows }, (_, r) => `| ${Array.from({ length: columns }, (_, c) => c === 0 ? `[r${r}](#q)` : 'x').join(' | ')} |`)].join(
    '\n',
  );

/** Named documents built to hurt: each is one failure mode, small enough to run on every test run. */
const adversarial: [string, string][] = [
  ['a single line of lists in blockquotes in lists, 200 levels deep', `# T\n\n## Q\n\n${'- > '.repeat(200)}deep [x](#q)`],
  ['200 lines of lists nested by indentation inside blockquotes', `## Q\n\n${nestedLines(200, (i) => `${'> '.repeat(i % 7)}${'  '.repeat(i)}- level ${i}`)}`],
  ['100 levels of ordered lists, which become checklist steps', `## Q\n\n${nestedLines(100, (i) => `${'   '.repeat(i)}1. step ${i}`)}`],
  ['200 levels of blockquotes under a heading inside them', `## Q\n\n${'> '.repeat(200)}### inner heading\n\n${'> '.repeat(200)}text`],
  ['5,000 opening brackets in a heading and an answer', `## ${'['.repeat(5_000)}\n\n${'['.repeat(5_000)}`],
  ['runs of asterisks and underscores', `## Q\n\n${'*'.repeat(10_000)}\n\n${'_*'.repeat(1_000)}\n\n${'**a'.repeat(1_000)}`],
  ['thousands of unclosed link and image openers', `## Q\n\n${'[a]('.repeat(2_000)}\n\n${'!['.repeat(2_000)}\n\n${'[](#'.repeat(2_000)}`],
  ['a table 500 columns wide', `## Wide\n\n${tableOf(500, 2)}`],
  ['a table 2,000 rows long', `## Long\n\n${tableOf(2, 2_000)}`],
  ['a START_TOC that is never closed', '# T\n\n<!-- START_TOC\n\n## Q\n\n[a](#q)\n\n<!-- START_TOC -->\n\n## R\n\ntext'],
  ['START_COMMENT without END_COMMENT, END_COMMENT without START', '<!-- END_COMMENT -->\n\n## Q\n\nA\n\n<!-- START_COMMENT -->\n\n## R\n\n[x](#nowhere)'],
  ['START_METADATA with broken YAML, twice, and front matter', '---\ntitle: [\n---\n\n<!-- START_METADATA\n---\na: {\n---\nEND_METADATA -->\n\n<!-- START_METADATA\n---\n- list\n---\nEND_METADATA -->\n\n## Q\n\nA'],
  ['START_METADATA that is never closed, at the end of the file', '## Q\n\nA\n\n<!-- START_METADATA\n---\ntitle: x'],
  ['headings of only punctuation, emoji, marks and zero-width characters', '## !!!\n\nA\n\n## 👩‍👩‍👧‍👦\n\nB\n\n## \u200D\u200F\n\nC\n\n## \u0301\n\nD\n\n## ###\n\nE\n\n## !!!\n\nF'],
  ['headings with lone surrogates, NUL and RTL overrides', '## \uD800 why\n\nA\n\n## x\u0000y\n\nB\n\n## \u202Eevil\u202C\n\nC\n\n## \uDFFF\n\n[a](#\uD800-why)'],
  ['Norwegian headings and anchors', '# Spørsmål\n\n## Betaling\n\n### Hvorfor får jeg «feil»?\n\nSe [her](#hvorfor-får-jeg-feil) og [der](#hvorfor-f%C3%A5r-jeg-feil).'],
  ['every heading depth, each repeated', nestedLines(60, (i) => `${'#'.repeat((i % 6) + 1)} Same\n\n[up](#same-${i})`)],
  ['carriage returns only', '# T\r\r## Q\r\r1. a\r2. b\r\r[x](#q)\r'],
  ['script, handlers and javascript: URLs in headings, lists and tables', '## <script>alert(1)</script> [x](javascript:alert(1))\n\n1. <img src=x onerror=alert(1)>\n\n| <svg onload=x> | [y](JaVaScRiPt:x) |\n| - | - |\n| <a href="&#106;avascript:x">z</a> | <iframe> |'],
];

describe('parseFaqDocument + buildQuestionGraph on adversarial markdown', () => {
  it.each(adversarial)('%s', (_name, markdown) => {
    expectSafeGraph({ 'content/faq/hostile.md': markdown });
  }, TIMEOUT);

  it('reads a lone surrogate as U+FFFD, as in a file read from disk, so the id fits in a URL', () => {
    const { graph, report } = graphOf({ 'content/faq/a.md': '## \uD800 why\n\nBecause \uDC00.' });
    expect(graph.questions.map((q) => [q.id, q.title, q.text])).toEqual([['-why', '\uFFFD why', 'Because \uFFFD.']]);
    expect(report).toBe('');
  });
});
