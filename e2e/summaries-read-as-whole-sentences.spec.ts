import { expect, test } from '@playwright/test';

// Static pages: what a reader scanning a category or a troubleshooter answer sees, with or without JavaScript.
test.use({ javaScriptEnabled: false });

test('a reader scanning common errors and their troubleshooter answers sees whole sentences, no code', async ({ page }) => {
  await page.goto('/c/common-errors/');
  const excerpt = (title: RegExp) => page.locator('li').filter({ has: page.getByRole('heading', { name: title }) }).locator('p');
  // Not cut inside the quoted error: `If you get the error "Invalid MSN: 654321.`
  await expect(excerpt(/Invalid MSN/)).toHaveText(
    'If you get the error "Invalid MSN: 654321. Check your API keys on portal.vipps.no and see the eCom FAQ for tips." it is because you are using API keys that are not valid for the specified MSN.',
  );
  // Not the JSON error body the answer starts with.
  await expect(excerpt(/unauthorized_client/)).not.toContainText('{');
  // Not the heading's other wording, "Or: Merchant not available…".
  await expect(excerpt(/errorCode 37/)).toHaveText(/^Please check that the merchant's organization number is still active/);

  await page.goto('/wizard/unauthorized-client/');
  await expect(page.locator('main h1 + p')).toHaveText(/^To fix this, please check that you are using the right API keys/);
});
