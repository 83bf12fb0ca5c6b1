import { expect, test, type Page } from '@playwright/test';

// A team's own site: one FAQ of another project (e2e/fixtures/own-faq/faq/widget.md) and a site.yaml
// that names it "Widget Help", served under /faq/ as GitHub Pages serves a project site. Paths are
// relative to the base URL, …/faq/.

/** Every page the sitemap lists, as paths under the site. */
async function sitemapPaths(page: Page): Promise<string[]> {
  const xml = await (await page.request.get('sitemap.xml')).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.replace(/^\/faq\//, ''));
}

test('the site is the team’s: its name in the header and every title, its FAQ’s own title, and no word of the demo', async ({ page }) => {
  test.setTimeout(120_000);
  const paths = await sitemapPaths(page);
  expect(paths.length).toBeGreaterThan(15);
  for (const path of ['', 'search/?q=lockfile', 'wizard/', 'map/', 'embed/', 'this-page-does-not-exist/', ...paths]) {
    await page.goto(path);
    await expect(page.getByRole('banner').getByRole('link').first(), path).toHaveText('Widget Help');
    expect(await page.title(), path).toMatch(/^Widget Help: |· Widget Help$/);
    expect(await page.locator('body').innerText(), path).not.toMatch(/vipps/i);
  }
  await page.goto('');
  await expect(page.locator('h1')).toHaveText('Widget CLI');
  await expect(page.getByText('Answers for people who build with Widget')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Widget on GitHub' })).toHaveAttribute('href', 'https://github.com/example/widget');
  const manifest = await (await page.request.get('manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ name: 'Widget Help', start_url: '/faq/', theme_color: '#0a7d4f' });
});

test('search finds an error code, as it is typed, from the header box', async ({ page }) => {
  await page.goto('');
  const box = page.getByRole('banner').getByRole('combobox', { name: 'Search the FAQ' });
  await box.fill('ERR_WIDGET_NO_MATCHING_VERSION');
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('ERR_WIDGET_NO_MATCHING_VERSION');
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/faq\/q\/why-does-widget-install-fail-with-err_widget_no_matching_version\//);
});

test('a troubleshooter drafted from the FAQ, walked from its first screen to an answer with a checklist; the step’s link opens elsewhere', async ({ page, browser }) => {
  await page.goto('wizard/');
  await expect(page.locator('h2#prompt, h1#prompt').first()).toHaveText('What do you see?');
  await page.getByRole('link', { name: /^An error code or an error message/ }).click();
  await page.getByRole('link', { name: 'Install fails with ERR_WIDGET_NO_MATCHING_VERSION' }).click();
  await expect(page.locator('h1')).toContainText('ERR_WIDGET_NO_MATCHING_VERSION');
  const boxes = page.getByRole('checkbox');
  await expect(boxes).toHaveCount(3);
  await boxes.nth(0).check();
  await expect(page.getByText('Checklist: 1 of 3 done')).toBeVisible();

  // Each step has its own link, which a support agent shares.
  const stepLink = await page.locator('#step-2').getByRole('button', { name: 'Copy link to step 2' }).evaluate((button) => {
    const item = button.closest('li')!;
    return new URL(`#${item.id}`, window.location.href).href;
  });
  const colleague = await browser.newContext();
  const other = await colleague.newPage();
  await other.goto(stepLink);
  await expect(other.locator('#step-2')).toBeVisible();
  await expect(other.locator('#step-2')).toContainText('Change the range');
  await colleague.close();
});

test('an answer without numbered steps is shown whole, with “Did this solve it?”', async ({ page }) => {
  await page.goto('wizard/');
  await page.getByRole('link', { name: /^Something goes wrong or does not work/ }).click();
  await page.getByRole('link', { name: /does not work with/ }).click();
  await expect(page.getByRole('heading', { name: 'The full answer' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'The full answer' }).getByText('node-linker=hoisted')).toBeVisible();
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await page.getByRole('button', { name: 'This solved it' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Glad it is solved.' })).toBeVisible();
});

test('“Describe what you see” on a site without an authored troubleshooter finds the answer and keeps the text', async ({ page }) => {
  await page.goto('wizard/');
  await page.getByLabel('Describe what you see').fill('npm ERR! EACCES: permission denied when installing widget globally');
  await page.getByRole('button', { name: 'Find the answer' }).click();
  const best = page.getByRole('region', { name: /Best match/ });
  await expect(best.getByRole('link').first()).toHaveText('Why do I get EACCES when I install globally?');
  await expect(page).toHaveURL(/\/faq\/wizard\/\?q=npm\+ERR/);
  await best.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/faq\/wizard\/why-do-i-get-eacces-when-i-install-globally\/$/);
  await page.goBack();
  await expect(page.getByLabel('Describe what you see')).toHaveValue('npm ERR! EACCES: permission denied when installing widget globally');
});

test('a code span that names a project is no symptom chip; an error code is one', async ({ page }) => {
  await page.goto('q/widget-does-not-work-with-your-project-here/');
  await expect(page.locator('h1')).toContainText('<YOUR-PROJECT-HERE>');
  await expect(page.getByRole('list', { name: 'Covers' })).toHaveCount(0);
  await page.goto('q/why-does-widget-install-fail-with-err_widget_no_matching_version/');
  await expect(page.getByRole('list', { name: 'Covers' }).getByRole('link')).toContainText(['ERR_WIDGET_NO_MATCHING_VERSION']);
});

test('a problem’s page offers the drafted troubleshooter; a how-to reached only by browsing does not', async ({ page }) => {
  await page.goto('q/why-do-i-get-eacces-when-i-install-globally/');
  await expect(page.getByRole('main').getByRole('link', { name: /Troubleshoot step by step/ })).toBeVisible();
  await page.goto('q/can-i-use-widget-in-a-docker-build/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Can I use widget in a Docker build?');
  await expect(page.getByRole('main').getByRole('link', { name: /Troubleshoot step by step/ })).toHaveCount(0);
});
