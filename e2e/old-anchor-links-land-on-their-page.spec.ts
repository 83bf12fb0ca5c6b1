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
  // e2e/fixtures/faq/reworded-questions.md
  await page.goto('/#how-do-i-get-receipts-by-email');
  await page.waitForURL(/\/q\/how-do-i-have-receipts-sent-by-email\/$/, { timeout: 15_000 });
  await expect(page.locator('h1')).toHaveText('How do I have receipts sent by email?');
  // A name kept with capitals is found as written, and in another case.
  for (const anchor of ['Receipts-By-Email', 'receipts-by-email']) {
    await page.goto(`/#${anchor}`);
    await page.waitForURL(/\/q\/how-do-i-have-receipts-sent-by-email\/$/, { timeout: 15_000 });
  }
  // The answer above it ends with its own text, not with the anchor.
  await page.goto('/q/why-was-the-card-declined-really/');
  await expect(page.locator('main [name*="receipts"], main [id*="receipts"]')).toHaveCount(0);

  // A link from another FAQ written for the old anchor (`reworded-questions.md#how-do-i-get-receipts-by-email`) leads there too.
  await page.goto('/q/how-do-i-keep-the-sync-client-running-at-night/');
  await page.getByRole('main').getByRole('link', { name: 'sent by email', exact: true }).click();
  await expect(page).toHaveURL(/\/q\/how-do-i-have-receipts-sent-by-email\/$/);
});
