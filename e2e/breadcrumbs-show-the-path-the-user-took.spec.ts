import { expect, test, type Page } from '@playwright/test';

// The test site has the eCom FAQ, whose troubleshooter is authored, and four sibling FAQs, whose
// troubleshooter is drafted: the first screen asks what the user sees across all of them, and the
// eCom FAQ's own first screen is one of the ways in.
const crumbs = (page: Page) => page.getByRole('navigation', { name: 'Your answers so far' }).getByRole('link');
const byHttpStatus = ['Troubleshooter', 'An HTTP error status', 'HTTP 401 Unauthorized', 'Vipps eCom API'];
const throughEcom = ['Troubleshooter', /^Something else/, 'Vipps eCom API', 'Walk through the Vipps eCom API troubleshooter'];
const byErrorMessage = [...throughEcom, /^The API response has an errorCode/, /^Access denied due to invalid or missing/];

async function walkToTheEcomTroubleshooter(page: Page) {
  await page.goto('/wizard/');
  await page.getByRole('link', { name: /^Something else/ }).click();
  await page.getByRole('link', { name: 'Vipps eCom API' }).click();
  await page.getByRole('link', { name: 'Walk through the Vipps eCom API troubleshooter' }).click();
  await expect(page).toHaveURL(/\/wizard\/start\/$/);
}

test('two paths to the 401 answer show two breadcrumbs, and a shared link shows the sender’s', async ({ page, browser }) => {
  await page.goto('/wizard/');
  await page.getByRole('link', { name: 'An HTTP error status' }).click();
  await page.getByRole('link', { name: 'HTTP 401 Unauthorized' }).click();
  await page.getByRole('link', { name: 'Vipps eCom API' }).click();
  await expect(page).toHaveURL(/\/wizard\/http-401-unauthorized\/$/);
  await expect(crumbs(page)).toHaveText(byHttpStatus);

  await walkToTheEcomTroubleshooter(page);
  await page.getByRole('link', { name: /errorCode or error message/ }).click();
  await page.getByRole('link', { name: /^Access denied due to invalid or missing subscription key/ }).click();
  await expect(page).toHaveURL(/\/wizard\/http-401-unauthorized\/\?via=other-questions\.other-questions-vipps-ecom-api-faq\.start\.api-error$/);
  await expect(page.locator('h1')).toContainText('HTTP 401 Unauthorized');
  await expect(crumbs(page)).toHaveText(byErrorMessage);

  const colleague = await browser.newContext();
  const shared = await colleague.newPage();
  await shared.goto(page.url());
  await expect(crumbs(shared)).toHaveText(byErrorMessage);
  await colleague.close();

  // Changing an answer goes back to the choice where it was given, by the same path.
  await crumbs(page).nth(5).click();
  // That is the shortest way to it: its plain URL.
  await expect(page).toHaveURL(/\/wizard\/api-error\/$/);
  await expect(page.locator('h1')).toContainText('Which error code or message');
});

test('a path three choices into the eCom troubleshooter is carried step by step and back', async ({ page }) => {
  await walkToTheEcomTroubleshooter(page);
  await page.getByRole('link', { name: /^Customers cannot pay, or a payment/ }).click();
  await page.getByRole('link', { name: 'A refund, or refunding only a part of a payment' }).click();
  await page.getByRole('link', { name: 'The customer has not received the refunded money yet' }).click();
  await expect(page).toHaveURL(/\/wizard\/refund-not-arrived\/\?via=other-questions\.other-questions-vipps-ecom-api-faq\.start\.payment-problem\.refund$/);
  await expect(crumbs(page)).toHaveText([...throughEcom, /^Customers cannot pay, or a payment/, 'A refund, or refunding only a part of a payment', 'The customer has not received the refunded money yet']);
  await page.goBack();
  await expect(crumbs(page)).toHaveText([...throughEcom, /^Customers cannot pay, or a payment/, 'A refund, or refunding only a part of a payment']);

  // The shortest way to the same answer is a customer's words.
  await page.goto('/wizard/refund-not-arrived/');
  await expect(crumbs(page)).toHaveText([...throughEcom, /^A customer complains/, 'My refund has not arrived yet']);
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
    await walkToTheEcomTroubleshooter(page);
    await page.getByRole('link', { name: /errorCode or error message/ }).click();
    await page.getByRole('link', { name: /^Access denied due to invalid or missing subscription key/ }).click();
    await expect(page).toHaveURL(/\/wizard\/http-401-unauthorized\/\?via=other-questions\.other-questions-vipps-ecom-api-faq\.start\.api-error$/);
    await expect(page.locator('h1')).toContainText('HTTP 401 Unauthorized');
    // A static page cannot read its query string: it shows the shortest path, whose links all work.
    await expect(crumbs(page)).toHaveText(byHttpStatus);
    await crumbs(page).nth(1).click();
    await expect(page).toHaveURL(/\/wizard\/$/);
  });
});
