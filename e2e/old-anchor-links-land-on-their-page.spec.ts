import { expect, test } from '@playwright/test';
import { tableOfContents } from './faq-source';

const entries = tableOfContents();

test('the primary FAQ has the table of contents the issue counts', () => {
  expect(new Set(entries.map((entry) => entry.anchor)).size).toBeGreaterThanOrEqual(89);
});

test('every anchor of the original table of contents lands on the right page', async ({ page }) => {
  test.setTimeout(300_000);
  for (const { anchor, label } of entries) {
    await page.goto(`/#${anchor}`);
    await page.waitForURL((url) => url.pathname !== '/', { timeout: 15_000 });
    const heading = page.locator('h1');
    // The page's heading is the TOC label (labels drop code-span backticks, so compare letters only).
    await expect(heading, `/#${anchor}`).toHaveText(new RegExp(lettersPattern(label), 'i'));
  }
});

function lettersPattern(label: string): string {
  return label
    .replace(/`/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^\\p{L}\\p{N}]+');
}

test('an old anchor kept above a reworded heading (`<a name="…">`, as Homebrew’s FAQ keeps them) opens the question below it', async ({ page }) => {
  // e2e/fixtures/faq/old-anchors-kept-in-the-markdown.md
  await page.goto('/#why-arent-some-kegs-included-during-tap-upgrade');
  await page.waitForURL(/\/q\/why-are-some-kegs-left-out-of-an-upgrade\/$/, { timeout: 15_000 });
  await expect(page.locator('h1')).toHaveText('Why are some kegs left out of an upgrade?');

  // A link in an answer written for the old anchor leads there too, and the answer above ends with its own text.
  await page.goto('/q/how-do-i-update-my-taps/');
  await expect(page.locator('main [name*="why-arent"]')).toHaveCount(0);
  await page.getByRole('main').getByRole('link', { name: 'left out of it' }).click();
  await expect(page).toHaveURL(/\/q\/why-are-some-kegs-left-out-of-an-upgrade\/$/);
});
