import { expect, test } from '@playwright/test';

// An error constant no answer of the FAQ contains, though its parts ("payment", "timeout") are everywhere.
const ABSENT = 'ERR_PAYMENT_GATEWAY_TIMEOUT';

test('the header box says no answer mentions the identifier, then offers partial matches', async ({ page }) => {
  await page.goto('/q/why-does-capture-fail/');
  const box = page.getByRole('banner').getByRole('combobox', { name: 'Search the FAQ' });
  await box.fill(ABSENT);
  const note = page.getByRole('banner').locator('[data-missing-note]');
  await expect(note).toHaveText(`No answer mentions ${ABSENT}. Partial matches:`);
  await expect(page.getByRole('banner').getByRole('option').first()).toBeVisible();
  await expect(page.getByRole('banner').getByRole('status')).toContainText(`No answer mentions ${ABSENT}.`);
});

test('the results page says so above its partial matches, and counts them as such', async ({ page }) => {
  await page.goto(`/search/?q=${ABSENT}`);
  await expect(page.locator('main [data-missing-note]')).toHaveText(`No answer mentions ${ABSENT}. Partial matches:`);
  await expect(page.locator('main').getByRole('status')).toHaveText(/^\d+ partial match(es)?$/);
  // An identifier the FAQ has gets no such note.
  await page.goto('/search/?q=unauthorized_client');
  await expect(page.locator('main ol > li').first()).toContainText('unauthorized_client');
  await expect(page.locator('main [data-missing-note]')).toHaveCount(0);
});

test('the troubleshooter box says so, and names its guess the closest match', async ({ page }) => {
  await page.goto('/wizard/');
  await page.getByLabel('Describe what you see').fill(`capture returns ${ABSENT}`);
  await page.getByRole('button', { name: 'Find the answer' }).click();
  await expect(page.locator('main [data-missing-note]')).toContainText(`No answer mentions ${ABSENT}`);
  await expect(page.getByRole('region', { name: /^Closest match for/ })).toBeVisible();
});

test('the embeddable search box says so too', async ({ page }) => {
  await page.goto('/embed/');
  const box = page.locator('faq-search').first().getByRole('combobox');
  await box.fill(ABSENT);
  await expect(page.locator('faq-search').first().locator('.message')).toHaveText(`No answer mentions ${ABSENT}. Partial matches:`);
});
