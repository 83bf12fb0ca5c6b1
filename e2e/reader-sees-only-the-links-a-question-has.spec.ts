import { expect, test, type Page } from '@playwright/test';

/**
 * Under an answer, Related (what it links to) and Linked from (what links to it) sit side by side when both exist;
 * when only one does, it takes the whole width instead of leaving an empty column, and a neighbourhood drawing of a
 * single link, which would say no more than the list, is not drawn.
 */
test.use({ viewport: { width: 1280, height: 800 } });

/** The width of a list's section as a share of the row it sits in. */
async function shareOfRow(page: Page, name: string): Promise<number> {
  const section = page.getByRole('region', { name, exact: true });
  await section.scrollIntoViewIfNeeded();
  return section.evaluate((element) => element.getBoundingClientRect().width / element.parentElement!.getBoundingClientRect().width);
}

test('a question with one related link shows the list across the page, and no drawing', async ({ page }) => {
  const drawings: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/neighbourhood.svg')) drawings.push(request.url());
  });
  await page.goto('/q/why-was-the-card-declined-really/');
  await expect(page.getByRole('region', { name: 'Related', exact: true }).getByRole('link')).toHaveText(['How long do refunds take, exactly?']);
  await expect(page.getByRole('region', { name: 'Linked from', exact: true })).toHaveCount(0);
  expect(await shareOfRow(page, 'Related')).toBeGreaterThan(0.95);
  await page.getByRole('navigation', { name: 'Question navigation' }).scrollIntoViewIfNeeded();
  await expect(page.locator('figure').filter({ hasText: 'Neighbourhood' })).toHaveCount(0);
  expect(drawings).toEqual([]);
});

test('a question linked from one other shows that list across the page', async ({ page }) => {
  await page.goto('/q/how-long-do-refunds-take/');
  expect(await shareOfRow(page, 'Linked from')).toBeGreaterThan(0.95);
  await expect(page.locator('figure').filter({ hasText: 'Neighbourhood' })).toHaveCount(0);
});

test('a question with related links only draws them when there are two or more, and lists them across the page', async ({ page }) => {
  await page.goto('/q/can-i-use-vipps-for-crowdfunding/');
  await expect(page.getByRole('region', { name: 'Linked from', exact: true })).toHaveCount(0);
  expect(await shareOfRow(page, 'Related')).toBeGreaterThan(0.95);
  const figure = page.locator('figure').filter({ hasText: 'Neighbourhood' });
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('svg a').first()).toBeAttached();
});

test('a question with both lists keeps them side by side', async ({ page }) => {
  await page.goto('/q/why-do-i-get-http-401-unauthorized/');
  expect(await shareOfRow(page, 'Related')).toBeLessThan(0.55);
  expect(await shareOfRow(page, 'Linked from')).toBeLessThan(0.55);
});
