import { expect, test, type Locator } from '@playwright/test';

/**
 * A question title's code span (`HTTP 403 Forbidden`) in a list of links is set in the monospace face with
 * no tinted box, in both themes: a column of boxes is noise beside the links. In an answer, code keeps
 * its box, and in the page's own title it keeps the heading's face (reader-meets-a-question-page).
 */

const Q401 = '/q/why-do-i-get-http-401-unauthorized/';
const TRANSPARENT = 'rgba(0, 0, 0, 0)';

const styleOf = (code: Locator) =>
  code.evaluate((element) => {
    const style = getComputedStyle(element);
    return { background: style.backgroundColor, font: style.fontFamily, padding: style.paddingLeft };
  });

for (const colorScheme of ['light', 'dark'] as const) {
  test(`${colorScheme} theme: code in the sidebar is monospace without a box; code in the answer keeps its box`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(Q401);
    const inSidebar = page.getByRole('navigation', { name: 'Common errors' }).getByRole('link', { name: 'Why do I get HTTP 403 Forbidden?' }).locator('code');
    const sidebar = await styleOf(inSidebar);
    expect(sidebar.background).toBe(TRANSPARENT);
    expect(sidebar.padding).toBe('0px');
    expect(sidebar.font).toMatch(/monospace/);

    const related = await styleOf(page.getByRole('region', { name: 'Related' }).locator('a code').first());
    expect(related.background).toBe(TRANSPARENT);
    expect(related.font).toMatch(/monospace/);

    const inAnswer = await styleOf(page.locator('.answer p code').first());
    expect(inAnswer.background).not.toBe(TRANSPARENT);
    expect(inAnswer.font).toMatch(/monospace/);
  });
}
