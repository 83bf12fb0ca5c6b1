import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// e2e/fixtures/faq/cross-document-links.md: an answer with a `:::tip`, a `:::warning[Title]` and a
// `:::danger Title`, as Docusaurus sites (Vipps' own documentation among them) write them.
const page$ = '/q/how-do-i-keep-the-sync-client-running-at-night/';

test('Docusaurus admonitions show as callouts, each named by its kind and title, not as `:::` text', async ({ page }) => {
  await page.goto(page$);
  const answer = page.locator('main .answer');
  await expect(answer).not.toContainText(':::');
  const notes = answer.getByRole('note');
  await expect(notes).toHaveCount(3);
  await expect(notes.nth(0)).toHaveText(/^Tip\s*Keep the laptop plugged in/);
  await expect(notes.nth(1).locator('.callout-title')).toHaveText('Warning: Before you change the schedule');
  await expect(notes.nth(1).locator('strong')).toHaveText('backup');
  await expect(notes.nth(2).locator('.callout-title')).toHaveText('Danger: Losing files');
  await expect(notes.nth(2).locator('code')).toHaveText('.syncstate');
  // Colons in ordinary text stay as written.
  await expect(answer).toContainText('Times such as 10:30 and names such as a:b:c stay as written.');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`callouts are told apart by colour, and pass axe, in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(page$);
    const notes = page.locator('main .answer').getByRole('note');
    const bars = await notes.evaluateAll((all) => all.map((note) => getComputedStyle(note).borderLeftColor));
    expect(new Set(bars).size).toBe(3);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    for (const fill of await notes.evaluateAll((all) => all.map((note) => getComputedStyle(note).backgroundColor))) expect(fill).not.toBe(background);
    const results = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`)).toEqual([]);
  });
}
