import { expect, test, type Page } from '@playwright/test';

async function expectStepsAsOnTheQuestionPage(page: Page) {
  await page.goto('/wizard/http-401-unauthorized/');
  // Step 1's credentials are a list of code, not “client_id client_secret Ocp-Apim-Subscription-Key” run together.
  await expect(page.locator('#step-1 li code')).toHaveText(['client_id', 'client_secret', 'Ocp-Apim-Subscription-Key']);
  await expect(page.locator('#step-5').getByRole('link', { name: 'Errors', exact: true })).toHaveAttribute('href', /#errors$/);
  await expect(page.locator('#step-3 code').first()).toHaveText('Authorization: Bearer <snip>');
}

test('a merchant follows the links in the 401 steps and sees their code as code', async ({ page }) => {
  await expectStepsAsOnTheQuestionPage(page);
  await page.getByRole('checkbox', { name: 'Step 1 done' }).check();
  await expect(page.getByText('Checklist: 1 of 7 done')).toBeVisible();
  await page.locator('#step-2').getByRole('link', { name: /errorCode 35/ }).click();
  await expect(page).toHaveURL(/\/q\/why-do-i-get-errorcode-35-requested-order-not-found\/$/);

  // Steps, labels and hints written in the tree show their markdown as formatting, not as backticks.
  await page.goto('/wizard/http-429-too-many-requests/');
  await expect(page.locator('#step-3 code')).toHaveText('GET /details');
  await page.goto('/wizard/start/');
  await expect(page.getByRole('link', { name: /errorCode or error message/ }).locator('code')).toHaveText('sub');
  await expect(page.locator('main')).not.toContainText('`');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the steps read the same', async ({ page }) => {
    await expectStepsAsOnTheQuestionPage(page);
  });
});
