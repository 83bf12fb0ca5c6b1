import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * A partner's docs page on another origin adds the snippet from /embed/. Its
 * stylesheet is hostile and its Content-Security-Policy allows nothing but the
 * FAQ site's scripts and fetches (plus, by hash, its own stylesheet).
 */
const HOSTILE_CSS = '* { display:block !important; color: transparent !important; font-size: 0 !important } input { display:none !important }';
const QUESTION_401 = '/q/why-do-i-get-http-401-unauthorized/';

/** The partner site: one page per path, registered by each test. */
const pages = new Map<string, string>();
let partner: Server;
let partnerOrigin = '';

test.beforeAll(async () => {
  partner = createServer((request, response) => {
    const html = pages.get(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (html === undefined) response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    else response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
  });
  // Any free port: each worker runs its own partner site, and it differs from the FAQ's port, so it is another origin.
  await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve));
  partnerOrigin = `http://127.0.0.1:${(partner.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => partner.close(resolve));
});

interface HostPage {
  /** The `<faq-search …>` elements (or other markup) of the page body. */
  body: string;
  /** `hostile`: the stylesheet above, allowed by its hash. `none`: no stylesheet and `style-src 'none'`. */
  styles?: 'hostile' | 'none';
  /** Leave the snippet's script tag out: for a control page, or when `body` is the whole snippet. */
  withoutScript?: boolean;
  /** Attributes of the page's `<html>`, such as a docs site's `data-theme="light"`. */
  htmlAttributes?: string;
  /** The page's own CSS, after the hostile stylesheet (allowed by the same hash). */
  css?: string;
}

/** Serves a partner page and returns its URL. */
function hostPage(faq: string, { body, styles = 'hostile', withoutScript = false, htmlAttributes = '', css = '' }: HostPage): string {
  const stylesheet = HOSTILE_CSS + css;
  const styleSrc = styles === 'hostile' ? `'sha256-${createHash('sha256').update(stylesheet).digest('base64')}'` : "'none'";
  const html = `<!doctype html>
<html lang="en" ${htmlAttributes}><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src ${faq}; connect-src ${faq}; style-src ${styleSrc}">
<title>Partner docs</title>
${styles === 'hostile' ? `<style>${stylesheet}</style>` : ''}
</head><body><h1>Payments API: errors</h1><input aria-label="Partner's own field">
${withoutScript ? '' : `<script src="${faq}/embed.js" defer></script>`}
${body}
</body></html>`;
  const path = `/docs-${pages.size}.html`;
  pages.set(path, html);
  return partnerOrigin + path;
}

/** Collects what the partner page logs: console errors and warnings, uncaught errors, CSP violations. */
async function watch(page: Page) {
  const log = { errors: [] as string[], warnings: [] as string[], violations: [] as string[] };
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(message.text());
    if (message.type() === 'warning') log.warnings.push(message.text());
  });
  page.on('pageerror', (error) => log.errors.push(error.message));
  await page.exposeFunction('reportViolation', (text: string) => log.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return log;
}

test('the /embed/ page gives the snippet for this site, a live demo, and is linked from every page', async ({ page, baseURL }) => {
  await page.goto('/');
  await page.locator('footer').getByRole('link', { name: 'Embed the search box' }).click();
  await expect(page).toHaveURL(`${baseURL}/embed/`);
  await expect(page.locator('[data-embed-snippet]')).toHaveText(`<script src="${baseURL}/embed.js" defer></script>\n<faq-search></faq-search>`);
  await expect(page.locator('[data-embed-csp]')).toHaveText(`script-src ${baseURL};\nconnect-src ${baseURL};`);
  await expect(page.locator('#embed-demo-query').getByRole('option').first()).toContainText('Why do I get HTTP 401 Unauthorized?');
  const demo = page.locator('#embed-demo');
  await demo.getByRole('combobox').fill('charged twice');
  await expect(demo.getByRole('option').first()).toContainText('charged twice');
});

test('the /embed/ page is one centred column, as the search and troubleshooter pages are', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const column = async (path: string, selector: string) => {
    await page.goto(path);
    const box = (await page.locator(selector).boundingBox())!;
    return { left: Math.round(box.x), right: Math.round(1280 - box.x - box.width) };
  };
  const embed = await column('/embed/', 'section[aria-labelledby="snippet-heading"]');
  expect(Math.abs(embed.left - embed.right), `margins ${embed.left} and ${embed.right} px`).toBeLessThanOrEqual(16);
  // The heading starts where the column does, and the column is as wide as the troubleshooter's.
  expect(Math.round((await page.locator('main h1').boundingBox())!.x)).toBe(embed.left);
  const wizard = await column('/wizard/http-status/', 'main section[aria-labelledby="prompt"]');
  expect(embed.left).toBe(wizard.left);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the /embed/ page with an open widget has no WCAG 2.1 A/AA violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/embed/');
    const box = page.locator('#embed-demo').getByRole('combobox');
    await box.fill('capture');
    await page.locator('#embed-demo').getByRole('option').first().waitFor();
    await box.press('ArrowDown');
    await page.locator('#embed-demo-query').getByRole('option').first().waitFor();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}

test('typing “401” into the pasted snippet offers the 401 answer as a link to the FAQ site, whatever the host’s CSS and CSP', async ({ page, baseURL }) => {
  await page.goto('/embed/');
  // The static HTML names the configured host; the page fills in the one it was served from once it runs.
  await expect(page.locator('[data-embed-snippet]')).toContainText(`${baseURL}/embed.js`);
  const snippet = await page.locator('[data-embed-snippet]').textContent();

  const log = await watch(page);
  await page.goto(hostPage(baseURL!, { body: snippet!, withoutScript: true }));
  const box = page.getByRole('combobox', { name: 'Search the FAQ' });
  await expect(box).toBeVisible();
  await box.click();
  await box.pressSequentially('401');

  const first = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
  await expect(first).toContainText('Why do I get HTTP 401 Unauthorized?');
  // The option is the link itself (so no interactive element nests another), absolute to the FAQ site.
  const link = first;
  expect(await link.evaluate((element) => element.tagName)).toBe('A');
  await expect(link).toHaveAttribute('href', new RegExp(`^${baseURL}${QUESTION_401}\\?hl=`));
  await expect(page.getByRole('status')).toHaveText(/\d+ results? available\./);

  // The host's `* { color: transparent; font-size: 0 }` must not reach the widget's text.
  await expect(link).toBeVisible();
  const title = await link.locator('.title').evaluate((element) => {
    const style = getComputedStyle(element);
    return { color: style.color, fontSize: parseFloat(style.fontSize) };
  });
  expect(title.color).not.toBe('rgba(0, 0, 0, 0)');
  expect(title.fontSize).toBeGreaterThan(10);
  // ...and the widget's styles must not reach the host's.
  await expect(page.locator('h1')).toHaveCSS('color', 'rgba(0, 0, 0, 0)');

  expect(log.errors).toEqual([]);
  expect(log.violations).toEqual([]);
});

test('ArrowDown then Enter opens the chosen answer on the FAQ site', async ({ page, baseURL }) => {
  const log = await watch(page);
  await page.goto(hostPage(baseURL!, { body: '<faq-search></faq-search>' }));
  const box = page.getByRole('combobox', { name: 'Search the FAQ' });
  await box.focus();
  await box.pressSequentially('401');
  await expect(page.getByRole('option').first()).toContainText('HTTP 401 Unauthorized');
  await expect(box).not.toHaveAttribute('aria-activedescendant');

  await box.press('ArrowDown');
  const active = await box.getAttribute('aria-activedescendant');
  expect(active).toBeTruthy();
  await expect(page.locator(`faq-search [id="${active}"]`)).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator(`faq-search [id="${active}"]`)).toContainText('HTTP 401 Unauthorized');
  expect(log.errors).toEqual([]);
  expect(log.violations).toEqual([]);

  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`^${baseURL}${QUESTION_401}\\?hl=401`));
  await expect(page.locator('h1')).toContainText('HTTP 401 Unauthorized');
});

test('Escape clears the box and closes the list', async ({ page, baseURL }) => {
  await page.goto(hostPage(baseURL!, { body: '<faq-search></faq-search>' }));
  const box = page.getByRole('combobox', { name: 'Search the FAQ' });
  await box.fill('captrue fails');
  await expect(page.getByRole('option').first()).toContainText('Why does capture fail?');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await box.press('Escape');
  await expect(box).toHaveValue('');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('listbox')).toBeHidden();
});

test('query="401" shows the answer without typing; max-results="2" shows two', async ({ page, baseURL }) => {
  const log = await watch(page);
  await page.goto(
    hostPage(baseURL!, {
      body: '<faq-search id="about-401" query="401"></faq-search><faq-search id="refunds" query="refund"></faq-search><faq-search id="two" query="refund" max-results="2"></faq-search>',
    }),
  );
  const about401 = page.locator('#about-401');
  await expect(about401.getByRole('combobox')).toHaveValue('401');
  await expect(about401.getByRole('option').first()).toContainText('Why do I get HTTP 401 Unauthorized?');

  await expect(page.locator('#refunds').getByRole('option')).toHaveCount(8);
  await expect(page.locator('#two').getByRole('option')).toHaveCount(2);

  // Attribute changes apply at once.
  await page.locator('#two').evaluate((element) => element.setAttribute('query', 'charged twice'));
  await expect(page.locator('#two').getByRole('option').first()).toContainText('charged twice');
  expect(log.errors).toEqual([]);
});

test('a misconfigured element says what to fix on the console and still works', async ({ page, baseURL }) => {
  const log = await watch(page);
  await page.goto(hostPage(baseURL!, { body: '<faq-search theme="purple" category="refnds" max-results="lots" query="refund"></faq-search>' }));
  await expect(page.getByRole('option').first()).toContainText(/refund/i);
  expect(log.warnings).toContainEqual(expect.stringMatching(/^\[faq-search\] theme="purple" is not a theme; use "light", "dark" or "auto"/));
  expect(log.warnings).toContainEqual(expect.stringMatching(/^\[faq-search\] max-results="lots" is not a whole number/));
  expect(log.warnings).toContainEqual(expect.stringMatching(/^\[faq-search\] category="refnds" is not a category of this FAQ; did you mean category="refunds"\?/));
  expect(log.errors).toEqual([]);
});

test('a failed index load is reported with what to fix, and the widget offers a retry', async ({ page, baseURL }) => {
  const log = await watch(page);
  let fail = true;
  await page.route(`${baseURL}/search-index.json`, (route) =>
    fail ? route.fulfill({ status: 503, headers: { 'Access-Control-Allow-Origin': '*' }, body: 'down' }) : route.continue(),
  );
  await page.goto(hostPage(baseURL!, { body: '<faq-search></faq-search>' }));
  const box = page.getByRole('combobox', { name: 'Search the FAQ' });
  await box.fill('401');
  await expect(page.locator('faq-search')).toContainText('Search could not be loaded.');
  await expect(page.getByRole('status')).toHaveText('Search could not be loaded.');
  expect(log.errors).toContainEqual(expect.stringContaining(`[faq-search] Could not load ${baseURL}/search-index.json: HTTP 503.`));

  fail = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('option').first()).toContainText('HTTP 401 Unauthorized');
  await expect(box).toBeFocused();
});

test('text from the index is shown as text, never run as HTML', async ({ page, baseURL }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  const hostile = '<img src=x onerror=alert(1)><b>401</b>';
  // Whatever the index's layout, the title is a JSON string in it: prefix it with markup.
  await page.route(`${baseURL}/search-index.json`, async (route) => {
    const json = await (await route.fetch()).text();
    const title = 'Why do I get HTTP 401 Unauthorized?';
    expect(json).toContain(JSON.stringify(title));
    await route.fulfill({
      headers: { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/json' },
      body: json.replaceAll(JSON.stringify(title), JSON.stringify(`${hostile} ${title}`)),
    });
  });
  await page.goto(hostPage(baseURL!, { body: '<faq-search query="401 unauthorized"></faq-search>' }));
  await expect(page.getByRole('option').first()).toContainText(hostile);
  await expect(page.locator('faq-search img, faq-search b')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('embed.js adds the element and nothing else to the page’s globals', async ({ page, baseURL }) => {
  const globals = () => page.evaluate(() => Object.getOwnPropertyNames(window).sort());
  await page.goto(hostPage(baseURL!, { body: '<faq-search></faq-search>', withoutScript: true }));
  const before = await globals();
  await page.goto(hostPage(baseURL!, { body: '<faq-search></faq-search>' }));
  await page.getByRole('combobox').fill('401');
  await expect(page.getByRole('option').first()).toContainText('HTTP 401 Unauthorized');
  expect((await globals()).filter((name) => !before.includes(name))).toEqual([]);
  expect(await page.evaluate(() => customElements.get('faq-search') !== undefined)).toBe(true);
});

test('under style-src \'none\' the widget is still styled, by a constructed stylesheet', async ({ page, baseURL }) => {
  const log = await watch(page);
  await page.goto(hostPage(baseURL!, { body: '<faq-search theme="dark"></faq-search>', styles: 'none' }));
  const box = page.getByRole('combobox', { name: 'Search the FAQ' });
  await expect(box).toHaveCSS('border-top-width', '1px');
  await expect(box).toHaveCSS('background-color', 'rgb(18, 18, 18)');
  await box.fill('401');
  await expect(page.getByRole('option').first()).toContainText('HTTP 401 Unauthorized');
  expect(log.errors).toEqual([]);
  expect(log.violations).toEqual([]);
});

test.describe('theme="auto" follows the host page’s colour scheme, not only the reader’s system', () => {
  // The reader's system is dark; the docs site shows its light theme.
  test.use({ colorScheme: 'dark' });
  const LIGHT_BOX = 'rgb(255, 255, 255)';
  const DARK_BOX = 'rgb(18, 18, 18)';

  for (const [host, page] of [
    ['<html data-theme="light">, as Docusaurus sets it', { htmlAttributes: 'data-theme="light"' }],
    ['color-scheme: light on the root', { css: ':root{color-scheme:light}' }],
  ] as const) {
    test(`a page with ${host} gets a light box`, async ({ page: browser, baseURL }) => {
      const log = await watch(browser);
      await browser.goto(hostPage(baseURL!, { body: '<faq-search></faq-search>', ...page }));
      const box = browser.getByRole('combobox', { name: 'Search the FAQ' });
      await expect(box).toHaveCSS('background-color', LIGHT_BOX);
      await box.fill('401');
      await expect(browser.getByRole('option').first()).toContainText('HTTP 401 Unauthorized');
      expect(log.errors).toEqual([]);
    });
  }

  test('the box changes with the host’s theme toggle, and follows the system when the page says nothing', async ({ page, baseURL }) => {
    await page.goto(hostPage(baseURL!, { body: '<faq-search></faq-search>', htmlAttributes: 'data-theme="light"' }));
    const box = page.getByRole('combobox', { name: 'Search the FAQ' });
    await expect(box).toHaveCSS('background-color', LIGHT_BOX);
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await expect(box).toHaveCSS('background-color', DARK_BOX);
    await page.evaluate(() => document.documentElement.removeAttribute('data-theme'));
    await expect(box).toHaveCSS('background-color', DARK_BOX);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(box).toHaveCSS('background-color', LIGHT_BOX);
  });
});
