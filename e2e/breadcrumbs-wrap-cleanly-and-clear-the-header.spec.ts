import { expect, test, type Page } from '@playwright/test';

/**
 * A question's breadcrumb (Home › Category › Question): a long one wraps with each `›` kept at the end of the
 * crumb before it, never starting a line; and a page opened from a search result, whose match is already in
 * view, is not moved so that the breadcrumb ends up under the sticky header.
 */

const LONG = '/q/why-has-one-of-my-customers-been-charged-twice-for-the-same-payment/';
const Q401 = '/q/why-do-i-get-http-401-unauthorized/';

/** Each separator's top beside the top of the last line of the crumb before it (separators sit between crumbs). */
async function separatorLines(page: Page) {
  return page.getByRole('navigation', { name: 'Breadcrumb' }).evaluate((nav) => {
    const crumbs = [...nav.querySelectorAll('a, [aria-current]')];
    const separators = [...nav.querySelectorAll('[aria-hidden="true"]')].filter((element) => element.textContent?.trim() === '›');
    return crumbs.slice(0, -1).map((crumb, i) => ({
      crumb: crumb.textContent,
      crumbLastTop: [...crumb.getClientRects()].at(-1)!.top,
      separatorTop: separators[i]?.getBoundingClientRect().top ?? null,
    }));
  });
}

/** The sticky header's bottom edge and the breadcrumb's box, as the reader sees them now. */
async function crumbAgainstHeader(page: Page) {
  return page.evaluate(() => {
    const header = document.querySelector('header')!.getBoundingClientRect();
    const crumb = document.querySelector('nav[aria-label="Breadcrumb"]')!.getBoundingClientRect();
    return { headerBottom: header.bottom, crumbTop: crumb.top, crumbBottom: crumb.bottom };
  });
}

for (const [name, viewport] of [
  ['on a phone 390 px wide', { width: 390, height: 844 }],
  ['on a desktop 1280 px wide', { width: 1280, height: 800 }],
] as const) {
  test.describe(name, () => {
    test.use({ viewport });

    test('a long breadcrumb wraps with each › at the end of the crumb before it', async ({ page }) => {
      await page.goto(LONG);
      const nav = page.getByRole('navigation', { name: 'Breadcrumb' });
      await expect(nav.getByRole('link')).toHaveText(['Home', 'Vipps eCom API FAQ', 'Users and payments']);
      const box = (await nav.boundingBox())!;
      // It does wrap here (two lines or more), so the test is about wrapping.
      expect(box.height).toBeGreaterThan(30);
      for (const line of await separatorLines(page)) {
        expect(line.separatorTop, `the › after “${line.crumb}”`).not.toBeNull();
        expect(Math.abs(line.separatorTop! - line.crumbLastTop), `the › after “${line.crumb}” is on the crumb's last line`).toBeLessThan(4);
      }
      // The current question is the last crumb, named as the page.
      await expect(nav.locator('[aria-current="page"]')).toHaveText('Why has one of my customers been charged twice for the same payment?');
    });

    for (const term of ['body', 'HTTP 401', 'subscription']) {
      test(`a search result's link whose match (“${term}”) is on the first screen leaves the breadcrumb in full view`, async ({ page }) => {
        await page.goto(`${Q401}?hl=${encodeURIComponent(term)}`);
        const mark = page.locator('mark[data-search-highlight]').first();
        await expect(mark).toBeInViewport();
        // The highlighter has run (the match is marked): give a scroll it started time to land.
        await page.waitForTimeout(300);
        const { headerBottom, crumbTop } = await crumbAgainstHeader(page);
        expect(crumbTop).toBeGreaterThanOrEqual(headerBottom);
        await expect(mark).toBeInViewport();
      });
    }

    test('a match below the first screen is scrolled to, and the breadcrumb is not left half under the header', async ({ page }) => {
      await page.goto(`${Q401}?hl=partner`);
      const mark = page.locator('mark[data-search-highlight]').first();
      await expect(mark).toBeInViewport();
      await page.waitForTimeout(300);
      const { headerBottom, crumbTop, crumbBottom } = await crumbAgainstHeader(page);
      // Either in full view below the header, or scrolled past it entirely: never cut by it.
      expect(crumbTop >= headerBottom || crumbBottom <= headerBottom - (await page.evaluate(() => document.querySelector('header')!.getBoundingClientRect().height))).toBe(true);
    });
  });
}
