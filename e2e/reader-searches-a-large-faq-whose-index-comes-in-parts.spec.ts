import { expect, test, type Page } from '@playwright/test';
import { splitSearchIndex } from '../lib/search/build/split-index';
import type { SearchIndexData } from '../lib/search/engine/types';

// The test site is small, so its index is one file. A large FAQ's is a core and shards (lib/search/split-index.ts):
// these tests serve this site's index split that way, as the build serves a large one, and search it as a reader does.
let split: ReturnType<typeof splitSearchIndex>;

test.beforeAll(async ({ request }) => {
  split = splitSearchIndex((await (await request.get('/search-index.json')).json()) as SearchIndexData);
});

/** Serves the split index; `fail` answers a shard with HTTP 503 while it returns true. Returns the shards fetched. */
async function serveSplit(page: Page, fail: (path: string) => boolean = () => false): Promise<string[]> {
  const fetched: string[] = [];
  await page.route('**/search-index.json', (route) => route.fulfill({ json: split.index }));
  await page.route('**/search-shards/*', (route) => {
    const path = `search-shards/${new URL(route.request().url()).pathname.split('/').pop()}`;
    fetched.push(path);
    const shard = split.shards.get(path);
    if (fail(path)) return route.fulfill({ status: 503, body: 'down' });
    return shard ? route.fulfill({ json: shard }) : route.fulfill({ status: 404, body: 'gone' });
  });
  return fetched;
}

async function optionsFor(page: Page, query: string): Promise<string[]> {
  const box = page.locator('main').getByRole('combobox', { name: 'Search the FAQ' });
  await box.fill(query);
  const list = page.getByRole('listbox', { name: 'Search results' });
  await expect(list).toHaveAttribute('aria-busy', 'false');
  await expect(list.getByRole('option').first()).toBeVisible();
  return list.getByRole('option').allInnerTexts();
}

test('the search box gives the same options from the parts as from the whole index, fetching each part once', async ({ page, browser }) => {
  const queries = ['401', 'captrue fails', 'customer paid twice', 'how long is a payment reserved'];
  const whole = await browser.newPage();
  await whole.goto('/');
  const expected: string[][] = [];
  for (const query of queries) expected.push(await optionsFor(whole, query));
  await whole.close();

  const fetched = await serveSplit(page);
  await page.goto('/');
  for (const [i, query] of queries.entries()) expect(await optionsFor(page, query)).toEqual(expected[i]);
  expect(fetched.length).toBeGreaterThan(0);
  expect(fetched.length).toBeLessThan(split.shards.size / 2);
  expect(new Set(fetched).size).toBe(fetched.length);
});

test('the results page lists what the whole index lists', async ({ page, browser }) => {
  const whole = await browser.newPage();
  await whole.goto('/search/?q=refund');
  await expect(whole.locator('main ol > li').first()).toBeVisible();
  const expected = await whole.locator('main ol > li h2').allInnerTexts();
  await whole.close();

  await serveSplit(page);
  await page.goto('/search/?q=refund');
  await expect(page.locator('main ol > li').first()).toBeVisible();
  expect(await page.locator('main ol > li h2').allInnerTexts()).toEqual(expected);
  await expect(page.locator('main').getByRole('status')).toHaveText(`${expected.length} results`);
});

test('a part that cannot be fetched is reported, and Try again searches again', async ({ page }) => {
  let down = true;
  await serveSplit(page, (path) => down && path.startsWith('search-shards/d'));
  await page.goto('/');
  const box = page.locator('main').getByRole('combobox', { name: 'Search the FAQ' });
  await box.fill('401');
  await expect(page.getByText('Part of the search index could not be loaded (HTTP 503).')).toBeVisible();
  down = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('option').first()).toContainText('HTTP 401 Unauthorized');
});
