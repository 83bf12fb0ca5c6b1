import { expect, test } from '@playwright/test';
import { questionsWithAnswers, visibleWords } from './faq-source';

test.use({ javaScriptEnabled: false });

test('every question of the primary FAQ has a page carrying every word of its answer', async ({ page }) => {
  test.setTimeout(180_000);
  const questions = questionsWithAnswers();
  expect(questions).toHaveLength(79);
  await page.goto('/');
  // The home page lists every question; the primary FAQ's come from its own categories.
  const graph = await (await page.request.get('/graph.json')).json();
  const primary = new Set(graph.documents.find((d: { id: string }) => d.id === 'vipps-ecom-api-faq').categories);
  const links = await page
    .locator('#categories section')
    .filter({ has: page.locator('h3 a[href*="/c/"]') })
    .evaluateAll((sections, ids) =>
      sections
        .filter((section) => ids.includes(section.querySelector('h3 a')!.getAttribute('href')!.split('/')[2]!))
        .flatMap((section) => [...section.querySelectorAll('a[href*="/q/"]')].map((a) => ({ href: a.getAttribute('href')! }))),
    [...primary] as string[]);
  expect(links).toHaveLength(79);
  for (const [i, question] of questions.entries()) {
    await page.goto(links[i]!.href);
    const text = (await page.locator('main').textContent()) ?? '';
    const missing = visibleWords(question.markdown).filter((word) => !text.includes(word));
    expect.soft(missing, `${links[i]!.href} is missing words of “${question.heading}”`).toEqual([]);
  }
});
