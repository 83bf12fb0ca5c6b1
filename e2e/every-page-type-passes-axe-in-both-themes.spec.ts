import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/** One page of every type, in the state a user sees it. */
const pages: { name: string; path: string; ready?: string }[] = [
  { name: 'home', path: '/' },
  { name: 'category', path: '/c/common-errors/' },
  { name: 'question', path: '/q/why-do-i-get-http-401-unauthorized/' },
  { name: 'question with a targeted step', path: '/q/why-do-i-get-http-401-unauthorized/#step-3' },
  { name: 'question with two procedures, some steps done', path: '/q/why-has-one-of-my-customers-been-charged-twice-for-the-same-payment/?done=2,7' },
  { name: 'search results', path: '/search/?q=refund', ready: 'main ol > li' },
  { name: 'search without results', path: '/search/?q=zzzzqqq', ready: '#no-results-heading' },
  { name: 'wizard start', path: '/wizard/' },
  { name: 'wizard start with described symptoms', path: '/wizard/?q=payments+are+failing', ready: '#describe-best-heading' },
  { name: 'wizard choice', path: '/wizard/http-status/' },
  { name: 'wizard answer', path: '/wizard/http-401-unauthorized/?done=1,2' },
  { name: 'wizard answer reached by another path', path: '/wizard/http-401-unauthorized/?via=api-error' },
  { name: '404', path: '/q/no-such-question/' },
];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const { name, path, ready } of pages) {
      test(`${name} has no WCAG 2.1 A/AA violations`, async ({ page }) => {
        await page.goto(path);
        if (ready) await page.locator(ready).first().waitFor();
        await page.waitForLoadState('networkidle');
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
