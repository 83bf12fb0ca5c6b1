import { devices, expect, test } from '@playwright/test';

test.describe('on a phone', () => {
  const { defaultBrowserType: _browser, ...phone } = devices['Pixel 7'];
  test.use(phone);

  test('the home page offers one search box, without a keyboard shortcut hint', async ({ page }) => {
    await page.goto('/');
    // The header's box is still on the page (it is on every page), but neither shown nor announced.
    await expect(page.locator('input[role="combobox"]')).toHaveCount(2);
    await expect(page.getByRole('combobox')).toHaveCount(1);
    await expect(page.getByRole('combobox')).toHaveAttribute('data-search-input', 'primary');
    await expect(page.locator('.search-kbd').filter({ visible: true })).toHaveCount(0);
  });

  test('a question page keeps its search box in reach after scrolling', async ({ page }) => {
    await page.goto('/q/why-do-i-get-http-401-unauthorized/');
    await page.evaluate(() => window.scrollTo(0, 3000));
    await expect(page.getByRole('combobox')).toBeInViewport();
  });
});

test('with a keyboard and mouse, the box shows its / shortcut until it is used', async ({ page }) => {
  await page.goto('/q/why-do-i-get-http-401-unauthorized/');
  const hint = page.locator('header .search-kbd');
  await expect(hint).toBeVisible();
  await page.keyboard.press('/');
  await expect(page.getByRole('combobox')).toBeFocused();
  await expect(hint).toBeHidden();
});
