import { expect, test } from '@playwright/test';

test('typing “charged twice” on the home page makes the charged-twice answer the first option', async ({ page }) => {
  await page.goto('/');
  const box = page.locator('main').getByRole('combobox', { name: 'Search the FAQ' });
  await box.click();
  await box.pressSequentially('charged twice');
  const first = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
  await expect(first).toContainText('charged twice for the same payment');
  await expect(page.getByRole('status').filter({ hasText: /results? available/ })).toHaveCount(1);
});

test('arrow keys move the active option, Enter opens it with the matched words marked', async ({ page }) => {
  await page.goto('/');
  const box = page.locator('main').getByRole('combobox');
  await box.fill('401');
  await expect(page.getByRole('option').first()).toContainText('HTTP 401 Unauthorized');
  await expect(box).not.toHaveAttribute('aria-activedescendant');
  await box.press('ArrowDown');
  const active = await box.getAttribute('aria-activedescendant');
  await expect(page.locator(`[id="${active}"]`)).toHaveAttribute('aria-selected', 'true');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/q\/why-do-i-get-http-401-unauthorized\/\?hl=/);
  await expect(page.locator('.answer mark[data-search-highlight]').first()).toBeVisible();
});

test('Escape clears and closes; / focuses the search box', async ({ page }) => {
  await page.goto('/q/why-does-capture-fail/');
  const box = page.getByRole('combobox');
  // The shortcut works once the page is interactive; keep pressing until it is.
  await expect(async () => {
    await page.keyboard.press('/');
    await expect(box).toBeFocused({ timeout: 500 });
  }).toPass();
  await expect(box).toHaveValue('');
  await box.fill('captrue fails');
  await expect(page.getByRole('option').first()).toContainText('Why does capture fail?');
  await box.press('Escape');
  await expect(box).toHaveValue('');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
});

test('the results page reads its query from the URL and lists every result', async ({ page }) => {
  await page.goto('/search/?q=charged%20twice');
  await expect(page.locator('h1')).toHaveText('Results for “charged twice”');
  await expect(page.locator('main ol > li').first()).toContainText('charged twice for the same payment');
});

test('hostile queries are shown as text and nothing runs', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script> (.*+?[';
  await page.goto(`/search/?q=${encodeURIComponent(hostile)}`);
  await expect(page.locator('h1')).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('main img')).toHaveCount(0);
  await page.goto(`/search/?q=${encodeURIComponent('😀'.repeat(300))}`);
  await expect(page.locator('main').getByRole('status')).toContainText(/result/);
  await page.goto('/');
  const box = page.locator('main').getByRole('combobox');
  await box.fill(`${'x'.repeat(9_990)} ${hostile}`);
  await expect(page.locator('main').getByRole('status')).toContainText(/No results|results? available/);
  expect(dialogs).toBe(0);
});

test('a failed index load says so and offers a retry', async ({ page }) => {
  let fail = true;
  await page.route('**/search-index.json', (route) => (fail ? route.fulfill({ status: 503, body: 'down' }) : route.continue()));
  await page.goto('/search/?q=refund');
  await expect(page.locator('main').getByRole('alert')).toContainText('could not be loaded');
  fail = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('main ol > li').first()).toContainText(/refund/i);
});

test('a reader who focuses the box and types before the page’s code has run still gets results', async ({ page }) => {
  // Hold the page's scripts back (a slow phone), so the focus and the typing happen before React is there.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/chunks/**', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/q/why-do-i-get-http-401-unauthorized/', { waitUntil: 'commit' });
  const box = page.getByRole('banner').getByRole('combobox', { name: 'Search the FAQ' });
  await box.waitFor();
  await box.focus();
  await box.pressSequentially('charged twice');
  expect(await page.evaluate(() => 'next' in window)).toBe(false);
  release();
  await expect(page.getByRole('option').first()).toContainText('charged twice', { timeout: 15_000 });
  await expect(box).toHaveValue('charged twice');
});
