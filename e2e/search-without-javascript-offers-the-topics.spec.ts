import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('without JavaScript the search page says why, and offers the troubleshooter and the answers by topic', async ({ page }) => {
  await page.goto('/search/?q=401');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Search');
  // (Inside <noscript>, which Playwright's text of an ancestor leaves out: read the fallback itself.)
  await expect(main.locator('[data-search-fallback]')).toContainText('Search runs in your browser and needs JavaScript');
  await expect(main.getByRole('link', { name: 'Troubleshoot step by step' })).toHaveAttribute('href', '/wizard/');
  await expect(main.getByRole('heading', { name: 'Answers by topic' })).toBeVisible();
  const category = main.getByRole('link', { name: 'Common errors', exact: true }).first();
  await expect(category).toHaveAttribute('href', '/c/common-errors/');
  // A note (the eCom FAQ's closing "Questions?") is no topic.
  await expect(main.getByRole('link', { name: 'Questions?', exact: true })).toHaveCount(0);
  await category.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Common errors');
});

test('the troubleshooter’s free-text form falls back to that page', async ({ page }) => {
  await page.goto('/wizard/');
  await page.getByRole('textbox', { name: 'Describe what you see' }).fill('payments are failing');
  await page.getByRole('button', { name: 'Find the answer' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=payments\+are\+failing$/);
  await expect(page.getByRole('main').getByRole('link', { name: 'Troubleshoot step by step' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('heading', { name: 'Answers by topic' })).toBeVisible();
});
