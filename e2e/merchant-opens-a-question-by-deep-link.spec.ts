import { expect, test } from '@playwright/test';

test('a deep link opens the question with its answer, covered symptoms and navigation', async ({ page }) => {
  const response = await page.goto('/q/why-do-i-get-errorcode-35-requested-order-not-found/');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/errorCode 35/);
  await expect(page.locator('h1')).toContainText('Requested Order not found');
  await expect(page.getByRole('list', { name: 'Covers' })).toContainText('errorCode 35');
  await expect(page.locator('.answer')).toContainText('orderId');
});

test('a mistyped question link gets a 404 page that suggests the right question', async ({ page }) => {
  const response = await page.goto('/q/why-do-i-get-http-401-unauthorised/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('This page does not exist');
  await expect(page.getByRole('region', { name: 'Perhaps you were looking for' }).getByRole('link').first()).toContainText('401');
});

test('the question graph is published for integrators', async ({ request }) => {
  const graph = await (await request.get('/graph.json')).json();
  // 79 `###` questions and the closing `## Questions?`, an answer of its own.
  expect(graph.questions.filter((q: { document: string }) => q.document === 'vipps-ecom-api-faq')).toHaveLength(80);
  const q401 = graph.questions.find((q: { id: string }) => q.id === 'why-do-i-get-http-401-unauthorized');
  expect(q401).toMatchObject({ url: '/q/why-do-i-get-http-401-unauthorized/', category: 'common-errors' });
  expect(q401.steps).toHaveLength(7);
  expect(q401.symptoms).toContainEqual({ type: 'http-status', code: 401, label: 'HTTP 401 Unauthorized' });
});
