import { devices, expect, test, type Page } from '@playwright/test';

/**
 * A reader on a phone who opens an answer pays for that page only: while the page settles nothing is
 * prefetched for links they may never follow (no route payloads, no other routes' code), and the search's
 * index and code wait until they focus the search box. What the page needs to read and act on (the
 * checklist, the copy-links, the sidebar's place) works as before.
 */

const { defaultBrowserType: _browser, ...phone } = devices['Pixel 7'];
test.use(phone);

const Q401 = '/q/why-do-i-get-http-401-unauthorized/';

/** Every same-site request the page makes from now on, as paths with their query. */
function recordRequests(page: Page, origin: string): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin) seen.push(url.pathname + url.search);
  });
  return seen;
}

test('opening an answer fetches no search index, search code or other routes until the reader searches', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests = recordRequests(page, origin);
  await page.goto(Q401);
  await page.waitForLoadState('networkidle');
  // Long enough for an idle-time load or a viewport prefetch to have started.
  await page.waitForTimeout(2000);
  const scriptsInHtml = await page.evaluate(() => [...document.querySelectorAll('script[src]')].map((script) => new URL((script as HTMLScriptElement).src).pathname));

  expect(requests.filter((path) => path.includes('search-index')), 'the search index').toEqual([]);
  expect(requests.filter((path) => /\.txt(\?|$)|_rsc=/.test(path)), 'route payloads prefetched').toEqual([]);
  expect(requests.filter((path) => path.endsWith('.js') && !scriptsInHtml.includes(path)), 'scripts beyond the page’s own').toEqual([]);

  // The page still does what it is for: a step can be ticked, and the sidebar marks this question.
  await page.getByRole('checkbox', { name: 'Step 1 done' }).check();
  await expect(page.getByText('Checklist: 1 of 7 done')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Common errors' }).locator('[aria-current="page"]')).toHaveText('Why do I get HTTP 401 Unauthorized?');

  // Focusing the search box is what fetches the search.
  const index = page.waitForRequest((request) => request.url().includes('search-index.json'));
  await page.getByRole('combobox', { name: 'Search the FAQ' }).focus();
  await index;
  await page.getByRole('combobox', { name: 'Search the FAQ' }).pressSequentially('403');
  await expect(page.getByRole('option').first()).toContainText('HTTP 403 Forbidden');
});
