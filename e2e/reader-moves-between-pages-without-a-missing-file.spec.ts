import { expect, test } from '@playwright/test';

// The build prunes files it judges no browser requests (scripts/prune-export.ts). A reader moving
// between pages the way readers do — prefetching links, following them, going back — must never
// ask for one of them: every request answers, and no move falls back to a full page load.
test('a reader moves between pages in the app and every file the router asks for is there', async ({ page, baseURL }) => {
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.url().startsWith(baseURL!) && response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
  });

  await page.goto('/q/why-does-capture-fail/');
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));

  const next = page.getByRole('link', { name: /Next in Common problems/ });
  await next.hover();
  await next.click();
  await expect(page).toHaveURL(/\/q\/why-do-i-get-a-cors-error\/$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/q\/why-does-capture-fail\/$/);
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Common problems' }).click();
  await expect(page).toHaveURL(/\/c\/common-problems\/$/);
  await page.getByRole('main').getByRole('link', { name: /Why do payments fail/ }).first().click();
  await expect(page.locator('h1')).toContainText('Why do payments fail');
  await page.getByRole('region', { name: 'Related' }).getByRole('link', { name: /Why does capture fail/ }).click();
  await expect(page.locator('h1')).toContainText('Why does capture fail');
  await page.getByRole('link', { name: 'FAQ Navigator' }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Map/ }).click();
  await expect(page).toHaveURL(/\/map\/$/);

  expect(await page.evaluate(() => 'sameDocument' in window), 'every move stayed in the app (no full page load)').toBe(true);
  expect(missing).toEqual([]);
});
