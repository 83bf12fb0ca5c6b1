import { expect, test, type Locator, type Page } from '@playwright/test';

/**
 * A code block or table wider than the page scrolls inside it; a reader without a mouse reaches it with Tab,
 * hears what it is, and scrolls it with the arrow keys.
 */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error('never reached the region by Tab');
}

test('Tab reaches a wide code block, named by its language, and the arrow keys scroll it', async ({ page }) => {
  await page.goto('/q/can-i-use-vipps-with-klarna-checkout/');
  const code = page.getByRole('region', { name: 'Code: json' });
  await tabTo(page, code);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => code.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
});

test('Tab reaches a wide table, named by its header cells, and the arrow keys scroll it', async ({ page }) => {
  await page.goto('/q/how-long-do-refunds-take/');
  const table = page.getByRole('region', { name: 'Table: Column, Type, Example, Filled when, Format, Notes' });
  await expect(table.getByRole('table')).toBeVisible();
  await tabTo(page, table);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => table.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the regions are in the page as it was built', async ({ page }) => {
    await page.goto('/q/how-long-do-refunds-take/');
    await expect(page.getByRole('region', { name: 'Code: text' })).toHaveAttribute('tabindex', '0');
    await expect(page.getByRole('region', { name: /^Table: Column, Type/ })).toHaveAttribute('tabindex', '0');
  });
});
