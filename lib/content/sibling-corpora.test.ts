import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { graphOf } from './test-helpers';

/**
 * The sibling FAQs are real files with real defects. The project keeps verbatim copies in
 * e2e/fixtures/corpora (so these tests run on any clone); ../shared/corpora holds the originals,
 * and where it exists (always in CI) the copies are checked against them. Fixtures in ./fixtures
 * reproduce each irregularity in a few lines.
 */
const copies = join(import.meta.dirname, '..', '..', 'e2e', 'fixtures', 'corpora');
const originals = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpora');
const primary = join(import.meta.dirname, '..', '..', 'content', 'faq', 'vipps-ecom-api-faq.md');
const read = (name: string) => readFileSync(join(copies, name), 'utf8');

const ORIGINAL_NAMES: Record<string, string> = {
  'vipps-recurring-api-faq.md': 'vipps-recurring-api--vipps-recurring-api-faq.md',
  'vipps-psp-api-faq.md': 'vipps-psp-api--vipps-psp-api-faq.md',
  'vipps-checkout-api-faq.md': 'vipps-checkout--vipps-checkout-api-faq.md',
  'reserve-and-capture-faq.md': 'vipps-developers--reserve-and-capture-faq.md',
};

describe.skipIf(!existsSync(originals))('the copies of the sibling FAQs', () => {
  it.each(Object.entries(ORIGINAL_NAMES))('%s is a verbatim copy of ../shared/corpora/%s', (copy, original) => {
    expect(read(copy)).toBe(readFileSync(join(originals, original), 'utf8'));
  });
});

describe('sibling FAQ corpora', () => {
  it('reads the Recurring FAQ as a flat file whose ## headings are the questions', () => {
    const { graph, report } = graphOf({ 'recurring.md': read('vipps-recurring-api-faq.md') });
    expect(graph.documents[0]!.layout).toBe('flat');
    expect(graph.questions).toHaveLength(25);
    expect(graph.questions.map((q) => q.id)).toContain('do-i-need-to-store-card-data');
    expect(graph.questions.map((q) => q.id)).toContain('i-dont-want-a-charge-to-fail-the-first-time-the-transaction-fails-insufficient-funds--networking-issues-etc');
    expect(graph.questions.map((q) => q.title)).toContain('Settlement');
    expect(report).toBe('');
  });

  it('warns about the PSP FAQ’s dangling #questions entry at its line', () => {
    const { graph, report } = graphOf({ 'psp.md': read('vipps-psp-api-faq.md') });
    expect(graph.questions).toHaveLength(11);
    expect(graph.documents[0]!.notices).toHaveLength(1);
    expect(report).toContain('psp.md:40:3  warning  Cannot find heading `#questions`  [missing-anchor]');
    expect(report).not.toContain('error');
  });

  it('makes each of the Checkout FAQ’s sections of prose an answer titled by its heading, with the symptoms it explains', () => {
    const { graph, notes } = graphOf({ 'checkout.md': read('vipps-checkout-api-faq.md') });
    expect(graph.documents[0]!.layout).toBe('categorised');
    expect(graph.questions).toHaveLength(17);
    const errors = graph.questions.find((q) => q.id === 'errors')!;
    expect(errors.title).toBe('Errors');
    expect(errors.html).toContain('rfc7807');
    expect(graph.categories.find((c) => c.id === 'errors')!.questions).toEqual(['errors']);
    expect(errors.symptoms.map((s) => ('label' in s ? s.label : s.text))).toEqual(
      expect.arrayContaining(['HTTP 400 Bad Request', 'HTTP 401 Unauthorized', 'HTTP 404 Not Found', 'Session-00100', 'Validation-00001']),
    );
    expect(notes).toContain('checkout.md:110:1  info  `## Errors` has answer text and no questions: it is an answer titled `Errors`');
  });

  it('reads the reserve-and-capture FAQ with its blockquotes and links to files outside content', () => {
    const { graph, report } = graphOf({ 'reserve.md': read('reserve-and-capture-faq.md') });
    expect(graph.questions).toHaveLength(12);
    expect(graph.questions.some((q) => q.html.includes('<blockquote>'))).toBe(true);
    expect(report).toMatch(/reserve\.md:\d+:\d+  warning  Cannot follow `refunds-faq\.md#/);
    expect(report).not.toContain('error');
  });

  describe('all five files as one site, the eCom FAQ named primary', () => {
    const files = {
      'faq/vipps-ecom-api-faq.md': readFileSync(primary, 'utf8'),
      ...Object.fromEntries(Object.keys(ORIGINAL_NAMES).map((name) => [`faq/${name}`, read(name)])),
    };
    const alone = graphOf({ 'faq/vipps-ecom-api-faq.md': files['faq/vipps-ecom-api-faq.md'] }).graph;
    const { graph, report } = graphOf(files, { primary: 'vipps-ecom-api-faq.md' });

    it('has every question of every file, under ids that are all different', () => {
      const ids = graph.questions.map((q) => q.id);
      expect(new Set(ids).size).toBe(ids.length);
      // The eCom FAQ's closing `## Questions?` and Checkout's `## Card payments` and `## Errors` are answers too.
      expect(graph.questions).toHaveLength(80 + 25 + 11 + 17 + 12);
      expect(report).toContain('duplicate-id');
      expect(report).not.toContain('  error  ');
    });

    it('leaves every eCom question under the id it has alone', () => {
      const ecom = graph.questions.filter((q) => q.document === 'vipps-ecom-api-faq').map((q) => q.id);
      expect(ecom).toEqual(alone.questions.map((q) => q.id));
      // reserve-and-capture-faq.md sorts first, and copies twelve eCom questions word for word.
      expect(graph.questions.find((q) => q.id === 'for-how-long-is-a-payment-reserved')!.document).toBe('vipps-ecom-api-faq');
      expect(graph.questions.find((q) => q.id === 'for-how-long-is-a-payment-reserved-reserve-and-capture-faq')!.document).toBe('reserve-and-capture-faq');
    });

    it('turns the Recurring FAQ’s GitHub link to the eCom FAQ into a link to its first category', () => {
      const recurring = graph.documents.find((d) => d.id === 'vipps-recurring-api-faq')!;
      expect(recurring.intro).toContain('href="/c/requirements/"');
    });
  });
});
