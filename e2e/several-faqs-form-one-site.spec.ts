import { expect, test } from '@playwright/test';

/**
 * The end-to-end content (scripts/e2e-content.ts) puts the four sibling FAQs and a few test documents
 * beside the eCom FAQ, which content/site.yaml names primary.
 */
const documents = ['Vipps eCom API FAQ', 'Vipps Recurring API: Frequently Asked Questions', 'Vipps PSP API FAQ', 'Checkout API Frequently Asked Questions', 'Reservations and capture'];

test('the home page groups the categories by FAQ document', async ({ page }) => {
  await page.goto('/');
  const browse = page.getByRole('region', { name: 'Browse by topic' });
  for (const title of documents) await expect(browse.getByRole('heading', { name: title, exact: true, level: 3 })).toBeVisible();
  await browse.getByRole('link', { name: 'Vipps Recurring API: Frequently Asked Questions', exact: true }).click();
  await expect(page).toHaveURL(/\/d\/vipps-recurring-api-faq\/$/);
  await expect(page.locator('h1')).toHaveText('Vipps Recurring API: Frequently Asked Questions');
});

test('every question of every FAQ has a page that names its FAQ', async ({ page, request }) => {
  test.setTimeout(240_000);
  const graph = (await (await request.get('/graph.json')).json()) as { documents: { id: string; title: string }[]; questions: { id: string; url: string; document: string; title: string }[] };
  expect(graph.questions.length).toBeGreaterThanOrEqual(79 + 25 + 11 + 15 + 12);
  expect(new Set(graph.questions.map((q) => q.id)).size).toBe(graph.questions.length);
  for (const question of graph.questions) {
    const response = await request.get(question.url);
    expect(response.status(), question.url).toBe(200);
  }
  const recurring = graph.questions.find((q) => q.id === 'do-i-need-to-store-card-data')!;
  await page.goto(recurring.url);
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Vipps Recurring API: Frequently Asked Questions' })).toBeVisible();
});

test('the eCom FAQ keeps its URLs beside a sibling that copies its questions', async ({ page }) => {
  await page.goto('/q/for-how-long-is-a-payment-reserved/');
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Vipps eCom API FAQ', exact: true })).toHaveAttribute('href', '/d/vipps-ecom-api-faq/');
  await page.goto('/q/for-how-long-is-a-payment-reserved-reserve-and-capture-faq/');
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Reservations and capture' })).toBeVisible();
});

test('links between FAQ documents resolve both ways', async ({ page }) => {
  await page.goto('/q/where-do-i-start-when-a-call-fails-with-401/');
  await page.locator('.answer').getByRole('link', { name: "the eCom FAQ's answer on 401" }).click();
  await expect(page).toHaveURL(/\/q\/why-do-i-get-http-401-unauthorized\/$/);
  await expect(page.getByRole('region', { name: 'Linked from' }).getByRole('link', { name: /Where do I start when a call fails with 401/ })).toBeVisible();
  await page.goto('/q/where-do-i-start-when-a-call-fails-with-401/');
  await expect(page.locator('.answer').getByRole('link', { name: 'the Recurring FAQ on card data' })).toHaveAttribute('href', '/q/do-i-need-to-store-card-data/');
});

test('a document that names its source links to the rest of its repository and offers to edit each answer', async ({ page }) => {
  await page.goto('/q/where-do-i-start-when-a-call-fails-with-401/');
  await expect(page.locator('.answer').getByRole('link', { name: 'the API guide' })).toHaveAttribute('href', 'https://github.com/example/payments-docs/blob/main/guides/api-guide.md#scopes');
  await expect(page.getByRole('link', { name: 'Edit this answer' })).toHaveAttribute('href', 'https://github.com/example/payments-docs/blob/main/faq/links-between-faqs.md?plain=1#L10');
});

test('search results name the FAQ a question comes from', async ({ page }) => {
  await page.goto('/search/?q=pick-up+in+store+shipping');
  const result = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: /Pick-up in store/ }) }).first();
  await expect(result).toContainText('Checkout API Frequently Asked Questions');
});

test('the footer says where the content is from, read from the content', async ({ page, request }) => {
  const graph = (await (await request.get('/graph.json')).json()) as { documents: unknown[] };
  await page.goto('/');
  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText(`Content from ${graph.documents.length} FAQ documents.`);
  await expect(footer).not.toContainText('Vipps eCom API FAQ');
});
