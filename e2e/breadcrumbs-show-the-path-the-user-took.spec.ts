import { expect, test, type Page } from '@playwright/test';

const crumbs = (page: Page) => page.getByRole('navigation', { name: 'Your answers so far' }).getByRole('link');
const byHttpStatus = ['Troubleshooter', /^The API returns an HTTP error status/, '401 Unauthorized'];
const byErrorMessage = ['Troubleshooter', /^The API response has an errorCode/, /^Access denied due to invalid or missing/];

test('two paths to the 401 answer show two breadcrumbs, and a shared link shows the sender’s', async ({ page, browser }) => {
  await page.goto('/wizard/');
  await page.getByRole('link', { name: /HTTP error status/ }).click();
  await page.getByRole('link', { name: '401 Unauthorized' }).click();
  await expect(page).toHaveURL(/\/wizard\/http-401-unauthorized\/$/);
  await expect(crumbs(page)).toHaveText(byHttpStatus);

  await page.goto('/wizard/');
  await page.getByRole('link', { name: /errorCode or error message/ }).click();
  await page.getByRole('link', { name: /^Access denied due to invalid or missing subscription key/ }).click();
  await expect(page).toHaveURL(/\/wizard\/http-401-unauthorized\/\?via=api-error$/);
  await expect(page.locator('h1')).toContainText('HTTP 401 Unauthorized');
  await expect(crumbs(page)).toHaveText(byErrorMessage);

  const colleague = await browser.newContext();
  const shared = await colleague.newPage();
  await shared.goto(page.url());
  await expect(crumbs(shared)).toHaveText(byErrorMessage);
  await colleague.close();

  // Changing an answer goes back to the choice where it was given.
  await crumbs(page).nth(2).click();
  await expect(page).toHaveURL(/\/wizard\/api-error\/$/);
  await expect(page.locator('h1')).toContainText('Which error code or message');
});

test('a path three choices deep is carried step by step and back', async ({ page }) => {
  await page.goto('/wizard/');
  await page.getByRole('link', { name: /^Customers cannot pay, or a payment/ }).click();
  await page.getByRole('link', { name: 'A refund, or refunding only a part of a payment' }).click();
  await page.getByRole('link', { name: 'The customer has not received the refunded money yet' }).click();
  await expect(page).toHaveURL(/\/wizard\/refund-not-arrived\/\?via=payment-problem\.refund$/);
  await expect(crumbs(page)).toHaveText(['Troubleshooter', /^Customers cannot pay, or a payment/, 'A refund, or refunding only a part of a payment', 'The customer has not received the refunded money yet']);
  await page.goBack();
  await expect(crumbs(page)).toHaveText(['Troubleshooter', /^Customers cannot pay, or a payment/, 'A refund, or refunding only a part of a payment']);

  // The shortest way to the same answer is a customer's words.
  await page.goto('/wizard/refund-not-arrived/');
  await expect(crumbs(page)).toHaveText(['Troubleshooter', /^A customer complains/, 'My refund has not arrived yet']);
});

test('a tampered or outdated path falls back to the shortest, silently', async ({ page }) => {
  for (const via of ['http-400', 'api-error.http-status', 'no-such-node', '%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'API-ERROR']) {
    await page.goto(`/wizard/http-401-unauthorized/?via=${via}`);
    await expect(crumbs(page)).toHaveText(byHttpStatus);
    await expect(page.getByRole('note')).toHaveCount(0);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the links still carry the path, and every page shows a whole path to it', async ({ page }) => {
    await page.goto('/wizard/');
    await page.getByRole('link', { name: /errorCode or error message/ }).click();
    await page.getByRole('link', { name: /^Access denied due to invalid or missing subscription key/ }).click();
    await expect(page).toHaveURL(/\/wizard\/http-401-unauthorized\/\?via=api-error$/);
    await expect(page.locator('h1')).toContainText('HTTP 401 Unauthorized');
    // A static page cannot read its query string: it shows the shortest path, whose links all work.
    await expect(crumbs(page)).toHaveText(byHttpStatus);
    await crumbs(page).nth(1).click();
    await expect(page).toHaveURL(/\/wizard\/$/);
  });
});
