import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '@/lib/site/content-files';
import { loadQuestionGraph } from './load';
import { graphOf } from './test-helpers';

describe('the primary FAQ', () => {
  // A copy of the eCom FAQ, so an author's edit of content/ cannot break these tests.
  const { faq: files } = readContentFiles(join(import.meta.dirname, '..', 'wizard', 'fixtures', 'holdout-content'));
  const { graph } = loadQuestionGraph({ faq: files });
  const toc = String(files[0]!.value).split('<!-- START_TOC -->')[1]!.split('<!-- END_TOC -->')[0]!;
  const tocAnchors = [...toc.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);

  it('has 79 questions and its closing `## Questions?` as an answer, in 11 categories, and no warnings', () => {
    expect(graph.questions).toHaveLength(80);
    expect(graph.questions.at(-1)!.title).toBe('Questions?');
    expect(graph.categories).toHaveLength(11);
    expect(files[0]!.messages.filter((m) => m.fatal !== undefined)).toEqual([]);
  });

  it('maps every table-of-contents anchor to a question or category page', () => {
    expect(tocAnchors.length).toBeGreaterThanOrEqual(89);
    for (const anchor of tocAnchors) {
      const url = graph.anchors[anchor];
      expect(url, anchor).toMatch(/^\/(q|c)\//);
      const id = url!.split('/')[2]!;
      expect(id, anchor).toBe(anchor);
    }
  });

  it('numbers the 401 answer’s ordered list as checklist steps', () => {
    const question = graph.questions.find((q) => q.id === 'why-do-i-get-http-401-unauthorized')!;
    expect(question.steps.map((step) => step.id)).toEqual(['step-1', 'step-2', 'step-3', 'step-4', 'step-5', 'step-6', 'step-7']);
    expect(question.steps[2]!.text).toMatch(/^Check the swagger specification/);
    expect(question.html).toContain('<li id="step-3" data-step="3">');
  });

  it.each([
    ['why-do-i-get-http-401-unauthorized', { type: 'http-status', code: 401, label: 'HTTP 401 Unauthorized' }],
    ['why-do-i-get-http-429-too-many-requests', { type: 'http-status', code: 429, label: 'HTTP 429 Too Many Requests' }],
    ['why-do-i-get-errorcode-35-requested-order-not-found', { type: 'error-code', code: '35', label: 'errorCode 35' }],
    ['why-do-i-get-errorcode-35-requested-order-not-found', { type: 'error-message', text: 'Requested Order not found' }],
    ['why-do-i-get-error-81-and-user-not-registered-with-vipps', { type: 'error-code', code: '81', label: 'errorCode 81' }],
    ['why-do-i-get-unauthorized_client', { type: 'identifier', text: 'unauthorized_client' }],
    ['why-do-i-get-unauthorized_client', { type: 'identifier', text: 'AADSTS700016' }],
    ['why-do-i-get-invalid-msn-654321', { type: 'error-message', text: 'Invalid MSN: 654321' }],
    ['why-do-i-get-http-401-unauthorized', { type: 'error-message', text: 'Subscription not found' }],
  ])('%s covers %o', (id, symptom) => {
    expect(graph.questions.find((q) => q.id === id)!.symptoms).toContainEqual(symptom);
  });

  it('does not treat quoted product names in ordinary questions as symptoms', () => {
    expect(graph.questions.find((q) => q.id === 'can-i-use-my-vippsnummer-in-my-webshop')!.symptoms).toEqual([]);
  });

  it('resolves cross-links and derives backlinks', () => {
    const source = graph.questions.find((q) => q.id === 'why-do-i-get-unauthorized_client')!;
    expect(source.links).toContainEqual(expect.objectContaining({ target: 'why-do-i-get-http-401-unauthorized', kind: 'question' }));
    expect(source.html).toContain('href="/q/why-do-i-get-http-401-unauthorized/"');
    const target = graph.questions.find((q) => q.id === 'why-do-i-get-http-401-unauthorized')!;
    expect(target.backlinks).toContain('why-do-i-get-unauthorized_client');
  });

  it('keeps GitHub links to other files as external links', () => {
    const question = graph.questions.find((q) => q.id === 'why-do-i-get-http-401-unauthorized')!;
    expect(question.externalLinks.map((link) => link.href)).toContain(
      'https://github.com/vippsas/vipps-developers/blob/master/vipps-getting-started.md#quick-overview-of-how-to-make-an-api-call',
    );
  });
});

describe('links between content files', () => {
  const a = '# A\n\n## Topics\n\n### How do refunds work?\n\nSee [capture](b.md#why-does-capture-fail) and [the same on GitHub](https://github.com/org/repo/blob/main/docs/b.md#why-does-capture-fail).\n';
  const b = '# B\n\n## Problems\n\n### Why does capture fail?\n\nBecause. See [refunds](a.md#how-do-refunds-work).\n';

  it('turns relative and GitHub links to another content file into in-app links', () => {
    const { graph, report } = graphOf({ 'content/faq/a.md': a, 'content/faq/b.md': b });
    expect(report).toBe('');
    const refunds = graph.questions.find((q) => q.id === 'how-do-refunds-work')!;
    expect(refunds.links).toEqual([{ target: 'why-does-capture-fail', kind: 'question', text: 'capture' }]);
    expect(refunds.html.match(/href="\/q\/why-does-capture-fail\/"/g)).toHaveLength(2);
    expect(graph.questions.find((q) => q.id === 'why-does-capture-fail')!.backlinks).toEqual(['how-do-refunds-work']);
  });

  it('fails a link to a missing anchor in another file, with a did-you-mean', () => {
    const { files, report } = graphOf({ 'content/faq/a.md': a.replace('#why-does-capture-fail)', '#why-does-captrue-fail)'), 'content/faq/b.md': b });
    expect(files[0]!.messages.some((m) => m.fatal === true)).toBe(true);
    expect(report).toContain(
      'content/faq/a.md:7:5  error  Cannot find question `#why-does-captrue-fail` in content/faq/b.md; did you mean `b.md#why-does-capture-fail`?  [missing-anchor]',
    );
  });
});

describe('question ids that collide across documents', () => {
  const doc = (title: string) => `# ${title}\n\n## How can I change partner?\n\nAsk ${title}.\n`;

  it('keeps the first file’s id, suffixes the later one with its document id, and warns', () => {
    const { graph, report } = graphOf({ 'content/faq/zeta.md': doc('Zeta'), 'content/faq/alpha.md': doc('Alpha') });
    expect(graph.questions.map((q) => [q.id, q.document])).toEqual([
      ['how-can-i-change-partner', 'alpha'],
      ['how-can-i-change-partner-zeta', 'zeta'],
    ]);
    expect(report).toBe(
      'content/faq/zeta.md:3:1  warning  Question id `how-can-i-change-partner` is already used by content/faq/alpha.md; this one is published as `how-can-i-change-partner-zeta`  [duplicate-id]',
    );
    expect(graph.anchors['how-can-i-change-partner']).toBe('/q/how-can-i-change-partner/');
  });

  it('lets the primary document keep its ids whatever the file names', () => {
    const { graph } = graphOf({ 'content/faq/zeta.md': doc('Zeta'), 'content/faq/alpha.md': doc('Alpha') }, { primary: 'zeta.md' });
    expect(graph.questions.find((q) => q.id === 'how-can-i-change-partner')!.document).toBe('zeta');
    expect(graph.questions.find((q) => q.id === 'how-can-i-change-partner-alpha')!.document).toBe('alpha');
    expect(graph.anchors['how-can-i-change-partner']).toBe('/q/how-can-i-change-partner/');
    expect(graph.documents.map((d) => d.id)).toEqual(['zeta', 'alpha']);
  });

  it('lets the document that published an id keep it when a new file sorts before it', () => {
    const published = new Map([['how-can-i-change-partner', 'zeta.md']]);
    const { graph, report } = graphOf({ 'content/faq/zeta.md': doc('Zeta'), 'content/faq/alpha.md': doc('Alpha') }, { published });
    expect(graph.questions.find((q) => q.id === 'how-can-i-change-partner')!.document).toBe('zeta');
    expect(report).toContain('content/faq/alpha.md:3:1  warning  Question id `how-can-i-change-partner` is already used by content/faq/zeta.md');
  });
});

describe('building the graph again from the same parse', () => {
  it('gives the same graph, links resolved as the first time', async () => {
    const { buildQuestionGraph } = await import('./build-graph');
    const { parseFaqDocument } = await import('./parse-faq');
    const { VFile } = await import('vfile');
    const parsed = [parseFaqDocument(new VFile({ path: 'a.md', value: '# A\n\n## One?\n\nSee [two](#two) and [B](b.md#three).\n\n## Two?\n\nYes.\n' })), parseFaqDocument(new VFile({ path: 'b.md', value: '# B\n\n## Three?\n\nNo.\n' }))];
    const first = buildQuestionGraph(parsed, { basePath: '/faq' });
    const second = buildQuestionGraph(parsed, { basePath: '/docs' });
    expect(first.questions[0]!.html).toBe('<p>See <a href="/faq/q/two/">two</a> and <a href="/faq/q/three/">B</a>.</p>');
    expect(second.questions[0]!.html).toBe('<p>See <a href="/docs/q/two/">two</a> and <a href="/docs/q/three/">B</a>.</p>');
    expect(buildQuestionGraph(parsed, { basePath: '/faq' })).toEqual(first);
  });
});

describe('a site under a sub-path', () => {
  it('prefixes in-app links in answers with the base path', async () => {
    const { buildQuestionGraph } = await import('./build-graph');
    const { parseFaqDocument } = await import('./parse-faq');
    const { VFile } = await import('vfile');
    const file = new VFile({ path: 'a.md', value: '# A\n\n## One?\n\nSee [two](#two).\n\n## Two?\n\nYes.\n' });
    const graph = buildQuestionGraph([parseFaqDocument(file)], { basePath: '/faq' });
    expect(graph.questions[0]!.html).toContain('href="/faq/q/two/"');
    expect(graph.questions[0]!.url).toBe('/q/one/');
  });
});
