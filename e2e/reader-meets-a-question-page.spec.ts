import { expect, test } from '@playwright/test';

/** The parts of a question page around its answer: the heading, its copy-link, the symptoms, the links in and out. */
const Q401 = '/q/why-do-i-get-http-401-unauthorized/';
const TITLE = 'Why do I get HTTP 401 Unauthorized?';

test('the h1 is the title alone, in one typeface; the copy-link beside it has its own name', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(Q401);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveAccessibleName(TITLE);
  await expect(heading.getByRole('button')).toHaveCount(0);
  const code = heading.locator('code');
  await expect(code).toHaveText('HTTP 401 Unauthorized');
  const fonts = await heading.evaluate((h1) => [getComputedStyle(h1).fontFamily, getComputedStyle(h1.querySelector('code')!).fontFamily]);
  expect(fonts[1]).toBe(fonts[0]);

  await page.getByRole('button', { name: 'Copy link to this question' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/q\/why-do-i-get-http-401-unauthorized\/$/);
});

test('copy-link buttons show on hover and focus, and are reached with Tab', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(Q401);
  const stepButton = page.getByRole('button', { name: 'Copy link to step 4' });
  const titleButton = page.getByRole('button', { name: 'Copy link to this question' });
  await expect(stepButton).toHaveCSS('opacity', '0');
  await expect(titleButton).toHaveCSS('opacity', '0');

  await page.locator('#step-4').hover();
  await expect(stepButton).toHaveCSS('opacity', '1');
  await page.locator('h1').hover();
  await expect(titleButton).toHaveCSS('opacity', '1');
  await page.mouse.move(0, 0);
  await expect(stepButton).toHaveCSS('opacity', '0');

  // From the breadcrumb, Tab reaches the heading's copy-link next, visible while focused.
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Common errors' }).focus();
  await page.keyboard.press('Tab');
  await expect(titleButton).toBeFocused();
  await expect(titleButton).toHaveCSS('opacity', '1');

  // Each step's copy-link comes after its checkbox and text in the Tab order.
  await page.getByRole('checkbox', { name: 'Step 4 done' }).focus();
  for (let i = 0; i < 10 && !(await stepButton.evaluate((button) => button === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(stepButton).toBeFocused();
  await expect(stepButton).toHaveCSS('opacity', '1');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/q\/why-do-i-get-http-401-unauthorized\/#step-4$/);
});

test('symptom chips lead to the troubleshooter step for that symptom, or to a search for it', async ({ page }) => {
  await page.goto(Q401);
  const covers = page.getByRole('list', { name: 'Covers' });
  const status = covers.getByRole('link', { name: /^HTTP 401 Unauthorized/ });
  await expect(status).toHaveAttribute('href', '/wizard/http-401-unauthorized/');
  const message = covers.getByRole('link', { name: /^Access denied due to invalid subscription key/ });
  await expect(message).toHaveAttribute('href', `/search/?q=${encodeURIComponent('Access denied due to invalid subscription key')}`);

  await message.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results for “Access denied due to invalid subscription key”');
  await expect(page.getByRole('main').getByRole('link', { name: TITLE })).toBeVisible();

  await page.goBack();
  await covers.getByRole('link', { name: /^HTTP 401 Unauthorized/ }).click();
  await expect(page).toHaveURL(/\/wizard\/http-401-unauthorized\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
});

test('Linked from sits on the left and Related on the right, as in the drawing under them', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(Q401);
  const linkedFrom = page.getByRole('region', { name: 'Linked from' });
  const related = page.getByRole('region', { name: 'Related' });
  await expect(linkedFrom).toContainText('unauthorized_client');
  await expect(related).toContainText('errorCode 35');
  const [left, right] = [await linkedFrom.boundingBox(), await related.boundingBox()];
  expect(left!.x).toBeLessThan(right!.x);
  await expect(page.locator('figcaption')).toContainText('questions that link here on the left, questions this answer links to on the right');
});

test('the category’s questions are beside the answer, the current one marked, and long answers have contents', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(Q401);
  const sidebar = page.getByRole('navigation', { name: 'Common errors' });
  await expect(sidebar.locator('[aria-current="page"]')).toHaveText(TITLE);
  await expect(sidebar.getByRole('link', { name: 'Why do I get HTTP 403 Forbidden?' })).toBeVisible();
  const contents = page.getByRole('navigation', { name: 'On this page' });
  await expect(contents.getByRole('link', { name: /^4\. / })).toHaveAttribute('href', '#step-4');
  await expect(contents.getByRole('link', { name: 'Related' })).toHaveAttribute('href', '#related-heading');
});

test('code in an answer is highlighted in the page itself, with no script', async ({ page }) => {
  await page.goto(Q401);
  const json = page.locator('.answer pre code.language-json').first();
  await expect(json.locator('.hljs-attr').first()).toHaveText('"errorCode"');
  const [key, string] = await Promise.all([json.locator('.hljs-attr').first(), json.locator('.hljs-string').first()].map((token) => token.evaluate((el) => getComputedStyle(el).color)));
  expect(key).not.toBe(string);
});
