import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// The own-faq site is built with FAQ_LIST_PAGE_SIZE=1 (package.json, test:e2e): every listing of more
// than one entry is paged, as a listing of hundreds is on a large site (lib/paging.ts).

test('a document’s categories continue on page 2, reached by its link', async ({ page }) => {
  await page.goto('d/widget/');
  await expect(page.locator('h1')).toHaveText('Widget CLI (page 1 of 2)');
  const categories = page.getByRole('region', { name: 'Categories' });
  await expect(categories.getByRole('heading', { level: 2 })).toHaveText(['Installing']);
  const pages = page.getByRole('navigation', { name: 'Pages of this FAQ’s categories' });
  await expect(pages.locator('[aria-current="page"]')).toHaveText('Page 1');
  await pages.getByRole('link', { name: 'Page 2' }).click();
  await expect(page).toHaveURL(/\/faq\/d\/widget\/page\/2\/$/);
  await expect(page.locator('h1')).toHaveText('Widget CLI (page 2 of 2)');
  await expect(categories.getByRole('heading', { level: 2 })).toHaveText(['Using widget']);
  await expect(pages.locator('[aria-current="page"]')).toHaveText('Page 2');
  await expect(page).toHaveTitle(/^Widget CLI \(page 2\)/);
});

test('a category’s next page is reached from the keyboard alone', async ({ page }) => {
  await page.goto('c/installing/');
  await expect(page.locator('h1')).toHaveText('Installing (page 1 of 3)');
  const link = page.getByRole('navigation', { name: 'Pages of this category' }).getByRole('link', { name: 'Page 2' });
  // Tab from the top of the page until the link has focus, then Enter.
  await page.locator('body').focus();
  for (let i = 0; i < 60 && !(await link.evaluate((element) => element === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/faq\/c\/installing\/page\/2\/$/);
  const questions = page.locator('main ol.link-list');
  await expect(questions.getByRole('listitem')).toHaveCount(1);
  await expect(questions).toHaveAttribute('start', '2');
});

test('a page a list does not have is not found', async ({ request }) => {
  expect((await request.get('d/widget/page/3/')).status()).toBe(404);
  expect((await request.get('d/widget/page/1/')).status()).toBe(404);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a listing's second page, with its page links, has no WCAG 2.1 A/AA violations in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('c/installing/page/2/');
    await expect(page.getByRole('navigation', { name: 'Pages of this category' })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`)).toEqual([]);
  });
}
