import { expect, test } from '@playwright/test';

test('a reader follows a cross-link in an answer, then comes back through Linked from', async ({ page }) => {
  await page.goto('/q/why-do-i-get-unauthorized_client/');
  await expect(page.locator('h1')).toContainText('unauthorized_client');
  await page.locator('.answer').getByRole('link', { name: /Why do I get HTTP 401 Unauthorized/ }).click();
  await expect(page).toHaveURL(/\/q\/why-do-i-get-http-401-unauthorized\/$/);
  await expect(page.locator('h1')).toContainText('HTTP 401 Unauthorized');
  const linkedFrom = page.getByRole('region', { name: 'Linked from' });
  await linkedFrom.getByRole('link', { name: /unauthorized_client/ }).click();
  await expect(page).toHaveURL(/\/q\/why-do-i-get-unauthorized_client\/$/);
});

test('breadcrumbs and previous/next move through a category', async ({ page }) => {
  await page.goto('/q/why-does-capture-fail/');
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.getByRole('link', { name: 'Common problems' })).toHaveAttribute('href', '/c/common-problems/');
  await page.getByRole('link', { name: /Next in Common problems/ }).click();
  await expect(page).toHaveURL(/\/q\/why-do-i-get-a-cors-error\/$/);
  await page.getByRole('link', { name: /Previous in Common problems/ }).click();
  await expect(page).toHaveURL(/\/q\/why-does-capture-fail\/$/);
});
