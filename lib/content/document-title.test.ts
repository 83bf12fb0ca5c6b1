import { describe, expect, it } from 'vitest';
import { documentTitle } from './document-title';

describe('documentTitle', () => {
  it.each([
    ['Vipps Recurring API: Frequently Asked Questions', undefined, 'recurring', 'Vipps Recurring API: Frequently Asked Questions'],
    ['Frequently asked questions', 'Checkout API Frequently Asked Questions', 'vipps-checkout-api-faq', 'Checkout API Frequently Asked Questions'],
    // Front matter names the document before its heading does.
    ['Questions', 'pnpm FAQ', 'pnpm.io', 'pnpm FAQ'],
    ['Frequently Asked Questions', 'Frequently Asked Questions', 'pnpm.io', 'pnpm.io'],
    ['FAQs', 'FAQ', 'vipps-psp-api-faq', 'Vipps PSP API FAQ'],
    [undefined, 'Refunds', 'refunds-faq', 'Refunds'],
    [undefined, undefined, 'sync_tool_faq', 'Sync tool FAQ'],
    ['  ', 42, 'x', 'X'],
  ])('# %j, title: %j, file %s → %j', (heading, metadataTitle, fileName, title) => {
    expect(documentTitle(heading, metadataTitle, fileName)).toBe(title);
  });
});
