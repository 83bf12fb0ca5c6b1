import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';

// The site is built with `basePath: /faq` (its site.yaml) and served from /faq/ only, as GitHub Pages
// serves a project site: nothing may reach for the host's root.

test('every link and asset of every page stays under /faq/ and loads', async ({ page }) => {
  test.setTimeout(180_000);
  const xml = await (await page.request.get('sitemap.xml')).text();
  const pages = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  const checked = new Map<string, number>();
  for (const path of ['/faq/', ...pages]) {
    await page.goto(path.replace(/^\/faq\//, ''));
    // Attributes as written (an SVG link's `href` is no string), resolved as the browser resolves them.
    const urls = await page.evaluate(() =>
      [...document.querySelectorAll('a[href], link[href], script[src], img[src]')]
        .map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '')
        .filter((value) => value && !value.startsWith('#') && !/^(?:mailto|javascript|data):/i.test(value))
        .map((value) => new URL(value, document.baseURI).href),
    );
    for (const url of urls) {
      const target = new URL(url);
      if (target.origin !== new URL(page.url()).origin) continue;
      expect(target.pathname, `${url} on ${path}`).toMatch(/^\/faq\//);
      const key = target.pathname;
      if (!checked.has(key)) checked.set(key, (await page.request.get(key)).status());
    }
  }
  expect([...checked].filter(([, status]) => status >= 400)).toEqual([]);
  expect(failed).toEqual([]);
  expect(checked.size).toBeGreaterThan(40);
});

test('a site built without its address names no machine’s address in its pages', async ({ request }) => {
  // Neither site.yaml's `url:` nor SITE_URL is set: no page may send a reader, a search engine or a partner's page to this machine.
  for (const path of ['', 'embed/', 'q/what-is-a-lockfile/']) {
    const html = await (await request.get(path)).text();
    // Where it appears, not the whole page, when it does.
    expect(html.match(/.{0,60}(?:127\.0\.0\.1|rel="canonical").{0,20}/g) ?? [], path || '/faq/').toEqual([]);
  }
});

test('search fetches the shards of its index from under /faq/ and finds answers', async ({ page }) => {
  const shards: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('search-shards/')) shards.push(new URL(request.url()).pathname);
  });
  await page.goto('search/?q=store+location');
  await expect(page.getByRole('main').getByRole('link', { name: 'How do I change the store location?' })).toBeVisible();
  expect(shards.length).toBeGreaterThan(0);
  expect(shards.every((path) => path.startsWith('/faq/search-shards/'))).toBe(true);
});

test('a troubleshooter step opens from its own link, and its links lead back under /faq/', async ({ page }) => {
  await page.goto('wizard/');
  await page.getByRole('link', { name: /^An error code or an error message/ }).click();
  await expect(page).toHaveURL(/\/faq\/wizard\/see-error-message\/$/);
  await page.reload();
  await expect(page.locator('h1')).toHaveText('Which error code or message do you see?');
  await page.getByRole('link', { name: 'Start over' }).click();
  await expect(page).toHaveURL(/\/faq\/wizard\/$/);
});

test.describe('the search box embedded in another site', () => {
  let partner: Server;
  let partnerOrigin = '';

  test.beforeAll(async () => {
    partner = createServer((_request, response) => {
      const faq = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173) + 1}/faq`;
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner docs</title></head>
<body><h1>Build docs</h1><script src="${faq}/embed.js" defer></script><faq-search></faq-search></body></html>`);
    });
    await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve));
    partnerOrigin = `http://127.0.0.1:${(partner.address() as AddressInfo).port}`;
  });

  test.afterAll(async () => {
    await new Promise((resolve) => partner.close(resolve));
  });

  test('finds an answer and links to its page under /faq/', async ({ page }) => {
    await page.goto(`${partnerOrigin}/`);
    const box = page.getByRole('combobox', { name: 'Search the FAQ' });
    await box.fill('lockfile');
    const option = page.getByRole('option', { name: /What is a lockfile\?/ });
    await expect(option).toBeVisible();
    // The option is the link itself, absolute to the FAQ site.
    await expect(option).toHaveAttribute('href', /^http:\/\/127\.0\.0\.1:\d+\/faq\/q\/what-is-a-lockfile\//);
  });

  test('the embed page gives a snippet that names this site under /faq/, or says what to replace without JavaScript', async ({ page, browser }) => {
    await page.goto('embed/');
    await expect(page.locator('[data-embed-snippet]')).toContainText(/<script src="http:\/\/127\.0\.0\.1:\d+\/faq\/embed\.js" defer><\/script>/);
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(page.url());
    await expect(plain.locator('[data-embed-snippet]')).toContainText('<script src="https://YOUR-FAQ-HOST/faq/embed.js" defer></script>');
    await expect(plain.locator('[data-embed-placeholder]')).toContainText('Replace https://YOUR-FAQ-HOST');
    await noScript.close();
  });
});
