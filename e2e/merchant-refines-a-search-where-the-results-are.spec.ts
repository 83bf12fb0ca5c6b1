import { expect, test } from '@playwright/test';

/**
 * A merchant lands on a results page from a shared link or the header's box, and refines the query in the box at
 * the top of the results: the results and the address follow, so the refined search can be shared too.
 */
test('the results page keeps the query in its own box, and refining it updates the results and the URL', async ({ page }) => {
  await page.goto('/search/?q=401');
  const box = page.getByRole('main').getByRole('searchbox', { name: 'Search the FAQ' });
  await expect(box).toHaveValue('401');
  await expect(page.locator('main ol > li').first()).toContainText('401');

  await box.fill('charged twice');
  await expect(page).toHaveURL(/\/search\/\?q=charged%20twice$/);
  await expect(page.locator('h1')).toHaveText('Results for “charged twice”');
  await expect(page.locator('main ol > li').first()).toContainText('charged twice for the same payment');

  // The refined search is the page's address: reloading it (or sharing it) gives the same box and results.
  await page.reload();
  await expect(box).toHaveValue('charged twice');
  await expect(page.locator('main ol > li').first()).toContainText('charged twice for the same payment');
});

test('a search from the header replaces what the results page’s box holds', async ({ page }) => {
  await page.goto('/search/?q=401');
  const box = page.getByRole('main').getByRole('searchbox', { name: 'Search the FAQ' });
  await expect(box).toHaveValue('401');
  const header = page.getByRole('banner').getByRole('combobox', { name: 'Search the FAQ' });
  await header.fill('refund');
  await header.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=refund$/);
  await expect(box).toHaveValue('refund');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the results page’s box is a form that searches the results page', async ({ page }) => {
    await page.goto('/search/');
    const box = page.getByRole('main').getByRole('searchbox', { name: 'Search the FAQ' });
    await box.fill('captrue fails');
    await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=captrue\+fails$/);
    await expect(page.locator('[data-search-fallback]')).toContainText('Search runs in your browser and needs JavaScript');
  });
});

test('a result that shares only everyday words with the query is not listed: every listed one shows a word it matched', async ({ page }) => {
  // "customer says they paid twice": "says" is an everyday word, which alone listed unrelated questions with nothing highlighted.
  await page.goto('/search/?q=customer%20says%20they%20paid%20twice');
  const results = page.locator('main ol > li');
  await expect(results.first()).toContainText('charged twice');
  expect(await results.count()).toBeGreaterThan(1);
  for (const result of await results.all()) await expect(result.locator('mark').first()).toBeVisible();
});
