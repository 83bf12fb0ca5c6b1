import { expect, test } from '@playwright/test';

/**
 * e2e/fixtures/faq/reworded-questions.md rewords two published questions: one pins its old id in the
 * heading, the other has a redirect (e2e/fixtures/redirects.yaml). Links already sent keep working.
 */
test('a link to a question whose reworded heading pins the old id opens it', async ({ page }) => {
  await page.goto('/q/how-long-do-refunds-take/');
  await expect(page.locator('h1')).toContainText('How long do refunds take, exactly?');
});

test('a link to a redirected question, with its step and progress, lands on the new question', async ({ page }) => {
  await page.goto('/q/why-was-the-card-declined/?done=1#step-1');
  await page.waitForURL(/\/q\/why-was-the-card-declined-really\/\?done=1#step-1$/);
  await expect(page.locator('h1')).toContainText('Why was the card declined, really?');
});

test('old /#anchor links of both questions land on them', async ({ page }) => {
  await page.goto('/#why-was-the-card-declined');
  await page.waitForURL(/\/q\/why-was-the-card-declined-really\/$/);
  await expect(page.locator('h1')).toContainText('Why was the card declined, really?');
  await page.goto('/#how-long-do-refunds-take');
  await page.waitForURL(/\/q\/how-long-do-refunds-take\/$/);
  await expect(page.locator('h1')).toContainText('How long do refunds take, exactly?');
});

test('without JavaScript the redirect page still sends the reader on', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/q/why-was-the-card-declined/');
  await page.waitForURL(/\/q\/why-was-the-card-declined-really\/$/);
  await expect(page.locator('h1')).toContainText('Why was the card declined, really?');
  await context.close();
});
