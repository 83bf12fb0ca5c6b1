import { expect, test } from '@playwright/test';

// The wrong guess: a general complaint whose best match is express checkout's "Payment failed".
const complaint = 'payments are failing';

test('a vague complaint shows what it was read as, the best match and the next few, and Back keeps the text', async ({ page }) => {
  await page.goto('/wizard/');
  await page.getByLabel('Describe what you see').fill(complaint);
  await page.getByRole('button', { name: 'Find the answer' }).click();

  const matches = page.getByRole('region', { name: `Best match for “${complaint}”` });
  await expect(matches).toBeVisible();
  await expect(matches).toContainText(/Read as the words .*payments/);
  const links = matches.getByRole('link', { name: /\?$/ });
  // The best match and the next few: as many as the search finds, up to four.
  await expect(links.first()).toBeVisible();
  expect(await links.count()).toBeGreaterThanOrEqual(2);
  expect(await links.count()).toBeLessThanOrEqual(4);
  // The general answer is offered even when it is not the first guess, and each guess says what matched.
  await expect(matches.getByRole('link', { name: 'Why do payments fail?' })).toBeVisible();
  await expect(matches.getByText(/^matches .*fail/).first()).toBeVisible();
  await expect(page.locator('#describe-message')).toHaveText('Best match: “Why do I get Payment failed?”, and 3 more below.');
  await expect(page).toHaveURL(/\/wizard\/\?q=payments\+are\+failing$/);

  await matches.getByRole('link', { name: 'Why do payments fail?' }).click();
  await expect(page).toHaveURL(/\/wizard\/payments-fail\/$/);
  await page.goBack();
  await expect(page.getByLabel('Describe what you see')).toHaveValue(complaint);
  await expect(matches.getByRole('link', { name: 'Why do payments fail?' })).toBeVisible();
});

test('a shared /wizard/?q= link shows the same matches', async ({ page }) => {
  await page.goto('/wizard/?q=401');
  await expect(page.getByLabel('Describe what you see')).toHaveValue('401');
  const matches = page.getByRole('region', { name: 'Best match for “401”' });
  await expect(matches).toContainText('Read as HTTP 401 Unauthorized');
  await expect(matches.getByRole('link').first()).toHaveText('Why do I get HTTP 401 Unauthorized?');
});

test('text that matches nothing says so and leaves the choices below; markup in it stays text', async ({ page }) => {
  await page.goto('/wizard/?q=zzqqxx+qqzzyy');
  await expect(page.getByLabel('Describe what you see')).toHaveValue('zzqqxx qqzzyy');
  await expect(page.locator('#describe-message')).toHaveText('Nothing in the FAQ matches that. Pick what is closest below.');
  await expect(page.getByRole('heading', { name: 'What do you see?' })).toBeVisible();

  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const payload = '"><img src=x onerror=alert(1)>';
  await page.goto(`/wizard/?q=${encodeURIComponent(payload)}`);
  await expect(page.getByLabel('Describe what you see')).toHaveValue(payload);
  await expect(page.getByRole('heading', { name: `Best match for “${payload}”` })).toBeVisible();
  await expect(page.locator('main img')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the box is a search form that keeps the words', async ({ page }) => {
    await page.goto('/wizard/');
    await page.getByLabel('Describe what you see').fill(complaint);
    await page.getByRole('button', { name: 'Find the answer' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=payments\+are\+failing$/);
  });
});

test('what the text was read as starts with the words typed, and marks what it searched for instead', async ({ page }) => {
  await page.goto(`/wizard/?q=${encodeURIComponent('I get 401 when calling the API')}`);
  const readAs = page.locator('[data-read-as]');
  await expect(readAs).toContainText('Read as HTTP 401 Unauthorized and the words 401, calling, API');
  // Anything else it searched for is named after the words typed, with what it stands for and why.
  const text = (await readAs.textContent()) ?? '';
  const extra = text.split('; also searched for ')[1];
  if (extra) expect(extra).toMatch(/^([^()]+ \(for [^,()]+, (glossary|abbreviation|spelling|completion)\)(, |\.$))+/);
});
