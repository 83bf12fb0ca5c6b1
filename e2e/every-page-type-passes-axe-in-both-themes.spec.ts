import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/**
 * One page of every type, in the state a user sees it. `scrolls`: a block on the page that is wider than the screen
 * (so the page really has something to scroll sideways); `width`: a phone's, where more blocks are.
 */
const pages: { name: string; path: string; ready?: string; scrolls?: string; width?: number }[] = [
  { name: 'home', path: '/' },
  { name: 'document', path: '/d/vipps-ecom-api-faq/' },
  { name: 'category', path: '/c/common-errors/' },
  { name: 'question', path: '/q/why-do-i-get-http-401-unauthorized/' },
  { name: 'question with a wide code block', path: '/q/can-i-use-vipps-with-klarna-checkout/', scrolls: 'main pre' },
  { name: 'question with a wide table', path: '/q/how-long-do-refunds-take/', scrolls: 'main .table-scroll, main table' },
  { name: 'question with a table, on a phone', path: '/q/can-you-confirm-that-vipps-will-send-makepayment-service-with-corresponding-values-in-field-confirmed-if-customer-declines-payment-transaction-or-time-out-occurs/', scrolls: 'main .table-scroll, main table', width: 390 },
  { name: 'question with a targeted step', path: '/q/why-do-i-get-http-401-unauthorized/#step-3' },
  { name: 'question with two procedures, some steps done', path: '/q/why-has-one-of-my-customers-been-charged-twice-for-the-same-payment/?done=2,7' },
  { name: 'search results', path: '/search/?q=refund', ready: 'main ol > li' },
  { name: 'search without results', path: '/search/?q=zzzzqqq', ready: '#no-results-heading' },
  { name: 'wizard start', path: '/wizard/' },
  { name: 'wizard start with described symptoms', path: '/wizard/?q=payments+are+failing', ready: '#describe-best-heading' },
  { name: 'wizard choice', path: '/wizard/http-status/' },
  { name: 'wizard answer', path: '/wizard/http-401-unauthorized/?done=1,2' },
  { name: 'wizard answer reached by another path', path: '/wizard/http-401-unauthorized/?via=api-error' },
  { name: 'wizard answer with a wide code block', path: '/wizard/can-i-use-vipps-with-klarna-checkout/', scrolls: 'main pre' },
  { name: 'knowledge map', path: '/map/' },
  // (/embed/ at desktop width, with its widget open: docs-site-embeds-the-search-box.spec.ts.)
  { name: 'embed, on a phone', path: '/embed/', scrolls: 'main pre, main .table-scroll, main table', width: 390 },
  { name: '404', path: '/q/no-such-question/' },
];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const { name, path, ready, scrolls, width } of pages) {
      test(`${name} has no WCAG 2.1 A/AA violations`, async ({ page }) => {
        if (width) await page.setViewportSize({ width, height: 844 });
        await page.goto(path);
        if (ready) await page.locator(ready).first().waitFor();
        await page.waitForLoadState('networkidle');
        if (scrolls) {
          const wide = await page.locator(scrolls).evaluateAll((blocks) => blocks.some((block) => block.scrollWidth > block.clientWidth));
          expect(wide, `${scrolls} is wider than the screen`).toBe(true);
        }
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
        expect(summary).toEqual([]);
      });
    }

    test('the open search combobox has no violations', async ({ page }) => {
      await page.goto('/');
      const box = page.locator('main').getByRole('combobox');
      await box.fill('capture');
      await page.getByRole('option').first().waitFor();
      await box.press('ArrowDown');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    });
  });
}
