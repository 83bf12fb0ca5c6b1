import { expect, test } from '@playwright/test';

test('a question link pasted into a chat previews the question and a one-line answer', async ({ page }) => {
  await page.goto('/q/why-do-i-get-http-401-unauthorized/');
  const meta = (selector: string) => page.locator(selector).first().getAttribute('content');
  await expect(page).toHaveTitle('Why do I get HTTP 401 Unauthorized? · FAQ Navigator');
  // The first whole sentence that says what to do: the one that introduces the error body is skipped.
  expect(await meta('meta[name="description"]')).toBe('You need to check that you are providing the correct API keys.');
  expect(await meta('meta[property="og:title"]')).toBe('Why do I get HTTP 401 Unauthorized?');
  expect(await meta('meta[property="og:description"]')).toBe('You need to check that you are providing the correct API keys.');
  expect(await meta('meta[property="og:url"]')).toMatch(/\/q\/why-do-i-get-http-401-unauthorized\/$/);
  expect(await meta('meta[name="twitter:card"]')).toBe('summary');
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/^https?:\/\/.+\/q\/why-do-i-get-http-401-unauthorized\/$/);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(jsonLd).toMatchObject({ '@type': 'FAQPage', mainEntity: [{ '@type': 'Question', name: 'Why do I get HTTP 401 Unauthorized?' }] });
  expect(jsonLd.mainEntity[0].acceptedAnswer.text).toContain('subscription key');
});

test('every page type has a title, a description and a canonical URL', async ({ page }) => {
  for (const path of ['/', '/c/common-errors/', '/search/', '/wizard/', '/wizard/http-status/', '/map/', '/embed/']) {
    await page.goto(path);
    expect(await page.title(), path).not.toBe('');
    expect(await page.locator('meta[name="description"]').getAttribute('content'), path).toBeTruthy();
    expect(await page.locator('link[rel="canonical"]').getAttribute('href'), path).toMatch(new RegExp(`${path.replace(/\//g, '\\/')}$`));
    expect(await page.locator('meta[property="og:title"]').count(), path).toBe(1);
  }
});

test('sitemap.xml lists every question and robots.txt points at it', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const graph = await (await request.get('/graph.json')).json();
  for (const question of graph.questions) expect(sitemap).toContain(`${question.url}</loc>`);
  expect(sitemap).toContain('/wizard/http-401-unauthorized/</loc>');
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Allow: \//);
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
});
