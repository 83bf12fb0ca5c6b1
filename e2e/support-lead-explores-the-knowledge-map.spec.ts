import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { primaryFaq } from './faq-source';

/** Ids of the primary FAQ's questions, from the public graph the site publishes. */
async function primaryQuestionIds(request: import('@playwright/test').APIRequestContext): Promise<string[]> {
  const graph = await (await request.get('/graph.json')).json();
  return graph.questions.filter((q: { document: string }) => q.document === 'vipps-ecom-api-faq').map((q: { id: string }) => q.id);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the map is an SVG with a link to every question of the primary FAQ', async ({ page }) => {
    const ids = await primaryQuestionIds(page.request);
    expect(ids).toHaveLength(80);
    await page.goto('/map/');
    const map = page.getByRole('group', { name: /^Knowledge map: \d+ questions/ });
    await expect(map).toBeVisible();
    const hrefs = await map.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    for (const id of ids) expect(hrefs).toContain(`/q/${id}/`);
    expect(hrefs.filter((href) => ids.some((id) => href === `/q/${id}/`))).toHaveLength(80);
    // Each link is named by its question's title, which is also its tooltip.
    await expect(map.getByRole('link', { name: 'Why do I get HTTP 401 Unauthorized?' })).toHaveAttribute('href', '/q/why-do-i-get-http-401-unauthorized/');
  });

  test('the map has a list with the same questions, and no author report', async ({ page }) => {
    await page.goto('/map/');
    const outline = page.getByRole('region', { name: 'The map as a list' });
    await expect(outline.getByRole('heading', { name: /Common errors \(\d+ questions\)/ })).toBeVisible();
    await expect(outline.getByRole('listitem').filter({ hasText: 'Why do I get HTTP 401 Unauthorized?' })).toContainText(/links to \d+, linked from [1-9]/);
    // Orphans and dead ends are for authors: `npm run check:content -- --verbose` lists them, the public map does not.
    await expect(page.getByRole('region', { name: 'For authors' })).toHaveCount(0);
    await expect(page.getByText(/^(Orphans|Dead ends) \(\d+\)$/)).toHaveCount(0);
  });

  test('the map as a list reads in the FAQ’s own order: its categories, and each one’s questions, as the file has them', async ({ page }) => {
    // The FAQ file's `##` categories and their `###` questions, as a reader sees the headings (code marks dropped).
    const body = primaryFaq.slice(primaryFaq.indexOf('<!-- END_TOC -->'));
    const commonErrors = body.slice(body.indexOf('\n## Common errors'), body.indexOf('\n## ', body.indexOf('\n## Common errors') + 1));
    const written = [...commonErrors.matchAll(/^### (.*)$/gm)].map((m) => m[1]!.replace(/`/g, ''));
    expect(written.length).toBeGreaterThan(10);
    await page.goto('/map/');
    const outline = page.getByRole('region', { name: 'The map as a list' });
    const category = outline.getByRole('region', { name: /^Common errors/ });
    expect(await category.getByRole('listitem').getByRole('link').allTextContents()).toEqual(written);
    const ecom = outline.getByRole('region', { name: 'Vipps eCom API FAQ', exact: true });
    const categories = (await ecom.getByRole('heading', { level: 4 }).allTextContents()).map((text) => text.replace(/\s*\(\d+ questions?\)$/, '').trim());
    const writtenCategories = [...body.matchAll(/^## (.*)$/gm)].map((m) => m[1]!.trim());
    expect(categories.length).toBeGreaterThan(3);
    expect(writtenCategories.filter((title) => categories.includes(title))).toEqual(categories);
  });

  test('with several FAQs the map outlines each one in its colour, and the legend and list group categories under them', async ({ page, request }) => {
    const graph = (await (await request.get('/graph.json')).json()) as { documents: { id: string; title: string }[]; questions: { document: string }[] };
    const documents = graph.documents.filter((document) => graph.questions.some((question) => question.document === document.id));
    expect(documents.length).toBeGreaterThan(1);
    await page.goto('/map/');
    const map = page.getByRole('group', { name: /^Knowledge map: \d+ questions/ });
    await expect(map.locator('circle.map-outline')).toHaveCount(documents.length);
    const titles = await map.locator('text.map-doc-label').allTextContents();
    expect(titles.sort()).toEqual(documents.map((document) => document.title).sort());
    // Each outline is drawn in a colour of its own.
    const strokes = await map.locator('circle.map-outline').evaluateAll((circles) => circles.map((circle) => getComputedStyle(circle).stroke));
    expect(new Set(strokes).size).toBe(Math.min(documents.length, 10));

    const legend = page.getByRole('region', { name: 'Legend' });
    const ecom = legend.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Vipps eCom API FAQ', exact: true }) });
    await expect(ecom.getByRole('link', { name: 'Common errors' })).toHaveAttribute('href', '/c/common-errors/');
    await expect(legend.getByRole('link', { name: 'Vipps Recurring API: Frequently Asked Questions', exact: true })).toHaveAttribute('href', '/d/vipps-recurring-api-faq/');

    const outline = page.getByRole('region', { name: 'The map as a list' });
    for (const document of documents) await expect(outline.getByRole('heading', { name: document.title, exact: true, level: 3 })).toBeVisible();
    await expect(outline.getByRole('region', { name: 'Vipps eCom API FAQ' }).getByRole('heading', { name: /^Common errors/, level: 4 })).toBeVisible();
  });

  test('below the full map’s limit there are no per-category map pages', async ({ request }) => {
    expect((await request.get('/map/common-errors/')).status()).toBe(404);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the map page shows the list instead of the drawing, with nothing to scroll sideways', async ({ page }) => {
    await page.goto('/map/');
    await expect(page.getByText('On a narrow screen the map is shown as a list')).toBeVisible();
    await expect(page.locator('#knowledge-map')).toBeHidden();
    await expect(page.getByLabel('Highlight questions')).toBeHidden();
    const outline = page.getByRole('region', { name: 'The map as a list' });
    await expect(outline.getByRole('link', { name: 'Why do I get HTTP 401 Unauthorized?' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`)).toEqual([]);
  });

  test('a question page leaves the neighbourhood drawing out, does not fetch it, and keeps its lists', async ({ page }) => {
    const drawings: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/neighbourhood.svg')) drawings.push(request.url());
    });
    await page.goto('/q/why-do-i-get-http-401-unauthorized/');
    const linkedFrom = page.getByRole('region', { name: 'Linked from' });
    await linkedFrom.scrollIntoViewIfNeeded();
    await expect(linkedFrom.getByRole('link').first()).toBeVisible();
    await page.getByRole('navigation', { name: 'Question navigation' }).scrollIntoViewIfNeeded();
    await expect(page.locator('figure').filter({ hasText: 'Neighbourhood' })).toBeHidden();
    expect(drawings).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  });
});

test('typing in the map search highlights the matching questions and Enter moves to the first', async ({ page }) => {
  await page.goto('/map/');
  const search = page.getByLabel('Highlight questions');
  await search.fill('refund');
  await expect(page.locator('main').getByRole('status')).toContainText(/[1-9]\d* questions? match/);
  const map = page.locator('#knowledge-map');
  const matched = map.locator('a[data-match]');
  const titles = await matched.locator('title').allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  for (const title of titles) expect(title.toLowerCase()).toContain('refund');
  // Everything else is faded: the whole map is in its searching state.
  await expect(map).toHaveAttribute('data-searching', '');
  await expect(map.locator('a:not([data-match])').first()).toHaveCSS('opacity', '0.2');
  await search.press('Enter');
  await expect(matched.first()).toBeFocused();
  await search.fill('');
  await expect(map.locator('a[data-match]')).toHaveCount(0);
});

test('clicking a node opens its question, and arrow keys move between nodes', async ({ page }) => {
  await page.goto('/map/');
  const map = page.locator('#knowledge-map');
  const node = map.getByRole('link', { name: 'Why do I get HTTP 401 Unauthorized?' });
  await node.focus();
  await expect(page.locator('[aria-hidden="true"]').filter({ hasText: 'Why do I get HTTP 401 Unauthorized?' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  const moved = await page.evaluate(() => document.activeElement?.querySelector('title')?.textContent);
  expect(moved).toBeTruthy();
  expect(moved).not.toBe('Why do I get HTTP 401 Unauthorized?');
  await node.click();
  await expect(page).toHaveURL(/\/q\/why-do-i-get-http-401-unauthorized\/$/);
  await expect(page.locator('h1')).toContainText('HTTP 401 Unauthorized');
});

test('a question page shows its neighbourhood, whose nodes link to the neighbours', async ({ page }) => {
  await page.goto('/q/why-do-i-get-http-401-unauthorized/');
  const figure = page.locator('figure').filter({ hasText: 'Neighbourhood' });
  // The drawing is fetched as it comes into view.
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('svg')).toBeVisible();
  const linkedFrom = await page.getByRole('region', { name: 'Linked from' }).getByRole('link').evaluateAll((links) => links.map((l) => l.getAttribute('href')));
  const drawn = await figure.locator('svg a').evaluateAll((links) => links.map((l) => l.getAttribute('href')));
  expect(linkedFrom.length).toBeGreaterThan(0);
  for (const href of linkedFrom) expect(drawn).toContain(href);
  await figure.locator('svg a').first().click();
  await expect(page).toHaveURL(new RegExp(`${drawn[0]}$`));
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the map page has no WCAG 2.1 A/AA violations in the ${colorScheme} theme`, async ({ page }) => {
    // axe walks every SVG link; on a busy machine that alone can take half a minute.
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme });
    await page.goto('/map/');
    await page.getByLabel('Highlight questions').fill('capture');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`)).toEqual([]);
  });
}
