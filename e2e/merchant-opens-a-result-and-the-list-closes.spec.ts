import { expect, test, type Page } from '@playwright/test';

/**
 * Opening a search result loads the question page with the results list closed: the list must not
 * cover the answer (on a phone it covers the whole screen) nor catch the next click, and focus lands
 * on the opened question's heading.
 */

async function searchFromTheHeader(page: Page, query: string) {
  await page.goto('/q/why-does-capture-fail/');
  const box = page.locator('header').getByRole('combobox', { name: 'Search the FAQ' });
  await box.click();
  await box.pressSequentially(query);
  await expect(page.locator('header').getByRole('option').first()).toContainText('HTTP 401 Unauthorized');
  return box;
}

async function expectListClosedOnTheAnswer(page: Page) {
  await expect(page).toHaveURL(/\/q\/why-do-i-get-http-401-unauthorized\//);
  await expect(page.locator('main h1')).toContainText('HTTP 401 Unauthorized');
  const box = page.locator('header').getByRole('combobox', { name: 'Search the FAQ' });
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('header').getByRole('listbox', { name: 'Search results' })).toBeHidden();
  await expect(page.locator('main h1')).toBeFocused();
  // Nothing lies over the answer: its first link would receive a click (Playwright checks what is on top).
  await page.locator('main .answer a[href]').first().click({ trial: true, timeout: 2000 });
}

for (const [name, viewport] of [
  ['on a desktop', { width: 1280, height: 800 }],
  ['on a phone 390 px wide', { width: 390, height: 844 }],
] as const) {
  test.describe(name, () => {
    test.use({ viewport });

    test('arrows and Enter open a result, and the list is closed over the answer', async ({ page }) => {
      const box = await searchFromTheHeader(page, '401');
      await box.press('ArrowDown');
      await expect(box).toHaveAttribute('aria-expanded', 'true');
      await box.press('Enter');
      await expectListClosedOnTheAnswer(page);
    });

    test('a click opens a result, and the list is closed over the answer', async ({ page }) => {
      await searchFromTheHeader(page, '401');
      await page.locator('header').getByRole('option').first().click();
      await expectListClosedOnTheAnswer(page);
    });

    test('the box is empty and opens no stale list when focused again', async ({ page }) => {
      const box = await searchFromTheHeader(page, '401');
      await box.press('ArrowDown');
      await box.press('Enter');
      await expect(page).toHaveURL(/\/q\/why-do-i-get-http-401-unauthorized\//);
      await box.focus();
      await expect(box).toHaveValue('');
      await expect(box).toHaveAttribute('aria-expanded', 'false');
    });
  });
}
