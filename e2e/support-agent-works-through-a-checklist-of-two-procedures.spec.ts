import { expect, test, type Page } from '@playwright/test';

/**
 * “Charged twice?” has two procedures: the merchant checks the payment in the portal (steps 1–6), the
 * customer checks it in the app (steps 7–11). The numbers a person sees, the step anchors, the progress
 * and the copied text must all say the same.
 */
const CHARGED_TWICE = '/q/why-has-one-of-my-customers-been-charged-twice-for-the-same-payment/';
const PORTAL = 'Please check the Vipps payment';
const APP = 'The user can also check the payment in Vipps';

/** Each step's anchor and the number its list shows for it (the list's start plus its place). */
async function shownNumbers(page: Page) {
  return page.locator('.answer li.step').evaluateAll((items) =>
    items.map((li) => {
      const list = li.parentElement as HTMLOListElement;
      const place = [...list.children].filter((child) => child.tagName === 'LI').indexOf(li);
      return { id: li.id, shown: (list.start || 1) + place };
    }),
  );
}

test('the numbers seen, the step anchors, progress per part and the copied text agree', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(CHARGED_TWICE);

  const numbers = await shownNumbers(page);
  expect(numbers).toHaveLength(11);
  for (const { id, shown } of numbers) expect(id).toBe(`step-${shown}`);

  const parts = page.getByRole('list', { name: 'Progress per part' }).getByRole('listitem');
  await expect(parts).toHaveCount(2);
  await expect(parts.nth(0)).toContainText(PORTAL);
  await expect(parts.nth(0)).toContainText('0 of 6');
  await expect(parts.nth(1)).toContainText(APP);
  await expect(parts.nth(1)).toContainText('0 of 5');
  await expect(parts.nth(1).getByRole('link', { name: APP })).toHaveAttribute('href', '#step-7');

  await page.getByRole('checkbox', { name: 'Step 7 done' }).check();
  await page.getByRole('checkbox', { name: 'Step 2 done' }).check();
  await expect(parts.nth(0)).toContainText('1 of 6');
  await expect(parts.nth(1)).toContainText('1 of 5');
  await expect(page.getByText('Checklist: 2 of 11 done')).toBeVisible();

  await page.getByRole('button', { name: 'Copy as text' }).click();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain(`${PORTAL} (1 of 6 done):\n[ ] 1. Find the Vipps orderId for the payment.\n[x] 2. Log in on portal.vipps.no.`);
  expect(text).toContain(`${APP} (1 of 5 done):\n[x] 7. Start Vipps and log in.\n[ ] 8.`);
  expect(text).toMatch(/\?done=2,7$/);

  await page.getByRole('button', { name: 'Copy link with progress' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\?done=2,7$/);
  await page.goto(`${link}#step-7`);
  await expect(page.getByRole('checkbox', { name: 'Step 7 done' })).toBeChecked();
  await expect(page.locator('#step-7')).toContainText('Start Vipps and log in.');
  await expect(page.locator('#step-7')).toBeInViewport();
});

test('the troubleshooter’s answer shows the same parts and numbers', async ({ page }) => {
  await page.goto(CHARGED_TWICE);
  const wizard = page.getByRole('link', { name: /Troubleshoot step by step/ });
  test.skip((await wizard.count()) === 0, 'this question has no troubleshooter answer');
  await wizard.click();
  const numbers = await shownNumbers(page);
  expect(numbers).toHaveLength(11);
  for (const { id, shown } of numbers) expect(id).toBe(`step-${shown}`);
  await expect(page.getByRole('list', { name: 'Progress per part' }).getByRole('listitem')).toHaveCount(2);
  await expect(page.locator('.answer .checklist-part')).toHaveText([PORTAL, APP]);
});
