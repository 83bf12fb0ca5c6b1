import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// The team's own FAQ (e2e/fixtures/own-faq) has seven questions in two categories and one cross-link:
// a map small enough to write every question's title on it, where circles alone would be identical dots.

test('the map of a small FAQ writes each question’s title under its circle, readable, its category’s name just over it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('map/');
  const map = page.getByRole('group', { name: /^Knowledge map: 7 questions in 2 categories/ });
  await expect(map).toBeVisible();
  const titles = map.locator('a.map-node text.map-node-label');
  await expect(titles).toHaveCount(7);
  await expect(map.getByRole('link', { name: 'What is a lockfile?' }).locator('text')).toHaveText('What is a lockfile?');
  for (const title of await titles.all()) {
    await expect(title).toBeVisible();
    // At least 11 px on screen: a drawing of seven questions is not shrunk to fit hundreds.
    expect((await title.boundingBox())!.height).toBeGreaterThanOrEqual(11);
  }
  // The category's name sits over its own questions, not a screen's height away from them.
  const name = (await map.locator('text.map-label', { hasText: 'Installing' }).boundingBox())!;
  const circles = await map.locator('a.map-node circle').evaluateAll((all) => all.map((circle) => circle.getBoundingClientRect().top));
  const nearest = Math.min(...circles.filter((top) => top > name.y).map((top) => top - (name.y + name.height)));
  expect(nearest).toBeLessThan(40);

  // A title is part of its question's link: clicking the words opens the question.
  await map.getByRole('link', { name: 'What is a lockfile?' }).locator('text').click();
  await expect(page).toHaveURL(/\/faq\/q\/what-is-a-lockfile\/$/);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the small map, its titles on the circles, has no WCAG 2.1 A/AA violations in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('map/');
    await expect(page.locator('a.map-node text.map-node-label')).toHaveCount(7);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`)).toEqual([]);
  });
}
