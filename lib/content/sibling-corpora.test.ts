import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { graphOf } from './test-helpers';

/**
 * The sibling FAQs in ../shared/corpora are real files with real defects.
 * They are not shipped with the project; these tests run wherever they exist
 * (always in CI). Fixtures in ./fixtures reproduce each irregularity for clones without them.
 */
const corpora = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpora');
const read = (name: string) => readFileSync(join(corpora, name), 'utf8');

describe.skipIf(!existsSync(corpora))('sibling FAQ corpora', () => {
  it('reads the Recurring FAQ as a flat file whose ## headings are the questions', () => {
    const { graph, report } = graphOf({ 'recurring.md': read('vipps-recurring-api--vipps-recurring-api-faq.md') });
    expect(graph.documents[0]!.layout).toBe('flat');
    expect(graph.questions).toHaveLength(25);
    expect(graph.questions.map((q) => q.id)).toContain('do-i-need-to-store-card-data');
    expect(graph.questions.map((q) => q.id)).toContain('i-dont-want-a-charge-to-fail-the-first-time-the-transaction-fails-insufficient-funds--networking-issues-etc');
    expect(graph.questions.map((q) => q.title)).toContain('Settlement');
    expect(report).toBe('');
  });

  it('warns about the PSP FAQ’s dangling #questions entry at its line', () => {
    const { graph, report } = graphOf({ 'psp.md': read('vipps-psp-api--vipps-psp-api-faq.md') });
    expect(graph.questions).toHaveLength(11);
    expect(graph.documents[0]!.notices).toHaveLength(1);
    expect(report).toContain('psp.md:40:3  warning  Cannot find heading `#questions`  [missing-anchor]');
    expect(report).not.toContain('error');
  });

  it('keeps the Checkout FAQ’s categories that have prose but no questions', () => {
    const { graph, report } = graphOf({ 'checkout.md': read('vipps-checkout--vipps-checkout-api-faq.md') });
    expect(graph.documents[0]!.layout).toBe('categorised');
    expect(graph.questions).toHaveLength(15);
    const errors = graph.categories.find((c) => c.id === 'errors')!;
    expect(errors.questions).toEqual([]);
    expect(errors.html).toContain('rfc7807');
    expect(report).toContain('checkout.md:110:1  info  Category `Errors` has no questions');
  });

  it('reads the reserve-and-capture FAQ with its blockquotes and links to files outside content', () => {
    const { graph, report } = graphOf({ 'reserve.md': read('vipps-developers--reserve-and-capture-faq.md') });
    expect(graph.questions).toHaveLength(12);
    expect(graph.questions.some((q) => q.html.includes('<blockquote>'))).toBe(true);
    expect(report).toMatch(/reserve\.md:\d+:\d+  warning  Cannot follow `refunds-faq\.md#/);
    expect(report).not.toContain('error');
  });

  it('reads all five files together, resolving ids that collide across them', () => {
    const names = ['vipps-ecom-api--faq.md', 'vipps-recurring-api--vipps-recurring-api-faq.md', 'vipps-psp-api--vipps-psp-api-faq.md', 'vipps-checkout--vipps-checkout-api-faq.md', 'vipps-developers--reserve-and-capture-faq.md'];
    const { graph, report } = graphOf(Object.fromEntries(names.map((name) => [name, read(name)])));
    const ids = graph.questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(graph.questions).toHaveLength(79 + 25 + 11 + 15 + 12);
    expect(report).toContain('duplicate-id');
  }, 60_000);
});
