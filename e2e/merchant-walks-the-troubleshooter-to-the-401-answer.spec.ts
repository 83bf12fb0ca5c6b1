import { expect, test } from '@playwright/test';

test('from /wizard/ by option labels to the 401 answer, ticking steps that survive a reload and travel in a link', async ({ page, browser, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/wizard/');
  await page.getByRole('link', { name: 'An HTTP error status' }).click();
  await expect(page.locator('h1')).toContainText(/HTTP status/i);
  await page.getByRole('link', { name: 'HTTP 401 Unauthorized' }).click();
  // The test site has several FAQs that answer a 401: one choice asks which product.
  await expect(page.locator('h1')).toHaveText('Which product are you using?');
  await page.getByRole('link', { name: 'Vipps eCom API' }).click();
  await expect(page).toHaveURL(/\/wizard\/http-401-unauthorized\/$/);
  await expect(page.locator('h1')).toContainText('HTTP 401 Unauthorized');

  const boxes = page.getByRole('checkbox');
  await expect(boxes).toHaveCount(7);
  await boxes.nth(0).check();
  await boxes.nth(2).check();
  await expect(page.getByText('Checklist: 2 of 7 done')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('checkbox').nth(0)).toBeChecked();
  await expect(page.getByRole('checkbox').nth(2)).toBeChecked();
  await expect(page.getByRole('checkbox').nth(1)).not.toBeChecked();

  await page.getByRole('button', { name: 'Copy link with progress' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/wizard\/http-401-unauthorized\/\?done=1,3$/);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.locator('h1')).toContainText('HTTP 401 Unauthorized');
  await expect(other.getByRole('checkbox').nth(0)).toBeChecked();
  await expect(other.getByRole('checkbox').nth(2)).toBeChecked();
  await expect(other.getByText('Checklist: 2 of 7 done')).toBeVisible();
  await fresh.close();

  await page.goBack();
  await expect(page.locator('h1')).toHaveText('Which product are you using?');
  await page.goForward();
  await expect(page).toHaveURL(/\/wizard\/http-401-unauthorized\/$/);
});

test('free text “401” offers the 401 answer as the best match, one click away', async ({ page }) => {
  await page.goto('/wizard/');
  await page.getByLabel('Describe what you see').fill('401');
  await page.getByRole('button', { name: 'Find the answer' }).click();
  await page.getByRole('region', { name: /Best match/ }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/wizard\/http-401-unauthorized\/$/);
});

test('a pasted customer complaint finds the charged-twice answer', async ({ page }) => {
  await page.goto('/wizard/');
  await page.getByLabel('Describe what you see').fill('customer says she paid twice');
  await page.getByRole('button', { name: 'Find the answer' }).click();
  await page.getByRole('region', { name: /Best match/ }).getByRole('link').first().click();
  await expect(page.locator('h1')).toContainText('charged twice');
});

test('breadcrumbs let the user change an earlier answer; restart is one click', async ({ page }) => {
  await page.goto('/wizard/http-401-unauthorized/');
  const trail = page.getByRole('navigation', { name: 'Your answers so far' });
  await trail.getByRole('link', { name: 'An HTTP error status' }).click();
  await expect(page).toHaveURL(/\/wizard\/$/);
  await page.goto('/wizard/http-401-unauthorized/');
  await page.getByRole('link', { name: 'Start over' }).click();
  await expect(page).toHaveURL(/\/wizard\/$/);
});

test('tampered links land somewhere useful with an explanation', async ({ page }) => {
  await page.goto('/wizard/http-401-unauthorized/?done=2,99,abc');
  await expect(page.getByRole('checkbox').nth(1)).toBeChecked();
  await expect(page.getByRole('note')).toContainText('“99”, “abc”');
  const response = await page.goto('/wizard/a-step-that-was-removed/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: /start the troubleshooter/i })).toBeVisible();
});
