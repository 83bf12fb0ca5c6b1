import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/** Ids of the primary FAQ's questions, from the public graph the site publishes. */
async function primaryQuestionIds(request: import('@playwright/test').APIRequestContext): Promise<string[]> {
  const graph = await (await request.get('/graph.json')).json();
  return graph.questions.filter((q: { document: string }) => q.document === 'vipps-ecom-api-faq').map((q: { id: string }) => q.id);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the map is an SVG with a link to every question of the primary FAQ', async ({ page }) => {
    const ids = await primaryQuestionIds(page.request);
    expect(ids).toHaveLength(79);
    await page.goto('/map/');
    const map = page.getByRole('group', { name: /^Knowledge map: \d+ questions/ });
    await expect(map).toBeVisible();
    const hrefs = await map.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    for (const id of ids) expect(hrefs).toContain(`/q/${id}/`);
    expect(hrefs.filter((href) => ids.some((id) => href === `/q/${id}/`))).toHaveLength(79);
    // Each link is named by its question's title, which is also its tooltip.
    await expect(map.getByRole('link', { name: 'Why do I get HTTP 401 Unauthorized?' })).toHaveAttribute('href', '/q/why-do-i-get-http-401-unauthorized/');
  });

  test('the map has a list with the same questions, and lists orphans and dead ends for authors', async ({ page }) => {
    await page.goto('/map/');
    await page.getByText('The map as a list').click();
    const outline = page.locator('details').filter({ hasText: 'The map as a list' });
    await expect(outline.getByRole('heading', { name: /Common errors \(\d+ questions\)/ })).toBeVisible();
    await expect(outline.getByRole('listitem').filter({ hasText: 'Why do I get HTTP 401 Unauthorized?' })).toContainText(/links to \d+, linked from [1-9]/);
    const authors = page.getByRole('region', { name: 'For authors' });
    await expect(authors.getByText(/^Orphans \(\d+\)$/)).toBeVisible();
    await expect(authors.getByText(/^Dead ends \(\d+\)$/)).toBeVisible();
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
    await page.getByText('The map as a list').click();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`)).toEqual([]);
  });
}
