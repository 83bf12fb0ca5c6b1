import { expect, test, type Page } from '@playwright/test';

/**
 * The home page's topics are the categories of questions, as cards that fill their rows; a section of prose without
 * questions (the eCom FAQ's closing "Questions?") is no topic, and is listed after them with its first line.
 */

/** For each grid of topic cards: how many cards its last row holds, and how many cards it has. */
async function lastRows(page: Page): Promise<{ cards: number; lastRow: number }[]> {
  return page.locator('#categories ul:has(> li.card)').evaluateAll((grids) =>
    grids.map((grid) => {
      const tops = [...grid.children].map((card) => Math.round(card.getBoundingClientRect().top));
      const last = Math.max(...tops);
      return { cards: tops.length, lastRow: tops.filter((top) => top === last).length };
    }),
  );
}

for (const width of [1280, 800]) {
  test(`no topic card sits alone on the last row at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    const grids = await lastRows(page);
    expect(grids.length).toBeGreaterThan(1);
    expect(grids.filter(({ cards, lastRow }) => cards > 1 && lastRow === 1)).toEqual([]);
  });
}

test('a closing note is listed after the topics with its first line, and its links keep working', async ({ page, request }) => {
  await page.goto('/');
  const ecom = page.getByRole('region', { name: 'Vipps eCom API FAQ' });
  await expect(ecom.getByRole('heading', { name: 'Questions?' })).toHaveCount(0);
  const note = ecom.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Questions?', exact: true }) });
  await expect(note).toContainText("We're always happy to help with code or other questions you might have!");
  await expect(note.getByRole('link')).toHaveAttribute('href', '/q/questions/');
  for (const path of ['/q/questions/', '/c/questions/']) expect((await request.get(path)).status(), path).toBe(200);
  await note.getByRole('link').click();
  await expect(page.locator('h1')).toHaveText('Questions?');
});
