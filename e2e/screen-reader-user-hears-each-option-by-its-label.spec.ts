import { expect, test } from '@playwright/test';

/**
 * A screen reader names a link by what it is: a troubleshooter option by its label, not by the arrow drawn after it
 * nor by its hint, which is read as the option's description.
 */
test('a troubleshooter option is named by its label, and its hint describes it', async ({ page }) => {
  await page.goto('/wizard/');
  const withHint = page.locator('main ul').first().getByRole('link').filter({ hasText: 'An HTTP error status' });
  await expect(withHint).toHaveAccessibleName('An HTTP error status');
  await expect(withHint).toHaveAccessibleDescription('Such as 401, 403 or 429');

  await page.goto('/wizard/http-status/');
  const plain = page.locator('main ul').first().getByRole('link').filter({ hasText: '401 Unauthorized' });
  await expect(plain).toHaveAccessibleName('401 Unauthorized');
  await expect(plain).toHaveAccessibleDescription('');
  await expect(page.getByRole('link', { name: 'None of these: describe it in your own words', exact: true })).toBeVisible();
});

test('the home page’s troubleshooter links read without their arrow', async ({ page }) => {
  await page.goto('/');
  const options = page.getByRole('region', { name: /^Troubleshoot:/ }).getByRole('link');
  await expect(options.first()).toHaveAccessibleName('An HTTP error status');
  await expect(page.getByRole('link', { name: 'None of these: describe it in your own words', exact: true })).toBeVisible();
});
