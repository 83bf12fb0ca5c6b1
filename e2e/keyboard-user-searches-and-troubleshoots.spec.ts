import { expect, test, type Page } from '@playwright/test';

/** The focused element must show a visible focus indicator (outline or ring). */
async function expectVisibleFocus(page: Page) {
  const style = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const s = getComputedStyle(el);
    return { tag: el.tagName, outline: s.outlineStyle, width: parseFloat(s.outlineWidth), shadow: s.boxShadow };
  });
  expect(style, 'something has focus').not.toBeNull();
  expect(style!.outline !== 'none' && style!.width > 0 || style!.shadow !== 'none', `focus visible on ${style!.tag}`).toBe(true);
}

async function tabTo(page: Page, matches: (el: { text: string; role: string | null }) => boolean, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement;
      return { text: (a.innerText || a.getAttribute('aria-label') || '').trim(), role: a.getAttribute('role') ?? a.tagName.toLowerCase() };
    });
    if (matches(el)) return;
  }
  throw new Error('never reached the element by Tab');
}

test('search, open a result, start the troubleshooter and tick a step, by keyboard only', async ({ page }) => {
  await page.goto('/');
  await tabTo(page, (el) => el.role === 'combobox');
  await expectVisibleFocus(page);
  await page.keyboard.type('401');
  await expect(page.getByRole('option').first()).toContainText('401');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/q\/why-do-i-get-http-401-unauthorized\//);

  await tabTo(page, (el) => el.text.startsWith('Troubleshoot step by step'));
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/wizard\/http-401-unauthorized\/$/);

  await tabTo(page, (el) => el.role === 'input' || el.role === 'checkbox');
  await expectVisibleFocus(page);
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox').first()).toBeChecked();
  await expect(page.getByText('Checklist: 1 of 7 done')).toBeVisible();
});
