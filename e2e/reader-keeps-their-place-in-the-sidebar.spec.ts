import { expect, test, type Locator, type Page } from '@playwright/test';

/**
 * The sidebar lists the category's questions and scrolls on its own, under its category's name, which stays
 * at its top. Whatever scrolls it (the page marking where the reader is, or the keyboard moving through it),
 * nothing the reader is meant to see ends up under that name.
 */

// 14th of 15 questions in “Users and payments”: the sidebar has to scroll to show it.
const DEEP = '/q/why-has-one-of-my-customers-been-charged-twice-for-the-same-payment/';

/** Where a link's row sits against the part of the sidebar the category's name leaves free. */
async function placeOf(page: Page, link: Locator) {
  const sidebar = page.locator('.doc-sidebar');
  const [label, box, row] = await Promise.all([sidebar.locator('#sidebar-heading').boundingBox(), sidebar.boundingBox(), link.boundingBox()]);
  return { free: { top: label!.y + label!.height, bottom: box!.y + box!.height }, row: { top: row!.y, bottom: row!.y + row!.height } };
}

async function expectFullyShown(page: Page, link: Locator) {
  const { free, row } = await placeOf(page, link);
  expect(row.top, `${await link.textContent()} starts under the category's name`).toBeGreaterThanOrEqual(free.top - 0.5);
  expect(row.bottom, `${await link.textContent()} runs past the sidebar's bottom`).toBeLessThanOrEqual(free.bottom + 0.5);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    for (const height of [900, 720, 500]) {
      test(`at 1280×${height} the current question and the one above it show in full below the category's name`, async ({ page }) => {
        await page.setViewportSize({ width: 1280, height });
        await page.goto(DEEP);
        const sidebar = page.getByRole('navigation', { name: 'Users and payments' });
        const current = sidebar.locator('[aria-current="page"]');
        await expect(current).toContainText('charged twice');
        const above = sidebar.locator('li:has(> [aria-current="page"])').locator('xpath=preceding-sibling::li[1]/a');
        // The sidebar is scrolled once the page's script has run: wait for it to settle.
        await expect.poll(() => sidebar.evaluate((nav) => nav.scrollTop)).toBeGreaterThan(0);
        await expectFullyShown(page, current);
        await expectFullyShown(page, above);
      });
    }

    test('moving up the list with the keyboard, each question reached shows in full below the category’s name', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(DEEP);
      const sidebar = page.getByRole('navigation', { name: 'Users and payments' });
      const links = sidebar.locator('ol a');
      const count = await links.count();
      const at = await links.evaluateAll((all) => all.findIndex((a) => a.getAttribute('aria-current') === 'page'));
      expect(at).toBeGreaterThan(5);
      await links.nth(at).focus();
      for (let i = at - 1; i >= 0; i--) {
        await page.keyboard.press('Shift+Tab');
        await expect(links.nth(i)).toBeFocused();
        await expectFullyShown(page, links.nth(i));
      }
      expect(count).toBeGreaterThan(at);
    });
  });
}
