import { expect, test } from '@playwright/test';

test('a step link opens the question with that step highlighted', async ({ page }) => {
  await page.goto('/q/why-do-i-get-http-401-unauthorized/#step-3');
  const step = page.locator('#step-3');
  await expect(step).toContainText('Check the swagger specification');
  await expect(step).toBeInViewport();
  await expect(step).toHaveClass(/is-target/);
  const other = await page.locator('#step-2').evaluate((el) => getComputedStyle(el).backgroundColor);
  const target = await step.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(target).not.toBe(other);
});

test('each step has a copy-link button that copies the step URL', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/q/why-do-i-get-http-401-unauthorized/');
  await page.getByRole('button', { name: 'Copy link to step 4' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\/q\/why-do-i-get-http-401-unauthorized\/#step-4$/);
  await page.goto(copied);
  await expect(page.locator('#step-4')).toHaveClass(/is-target/);
});
