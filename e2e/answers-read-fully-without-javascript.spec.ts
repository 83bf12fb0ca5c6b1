import { expect, test } from '@playwright/test';
import { questionsWithAnswers, visibleWords } from './faq-source';

test.use({ javaScriptEnabled: false });

test('every question of the primary FAQ has a page carrying every word of its answer', async ({ page }) => {
  test.setTimeout(180_000);
  const questions = questionsWithAnswers();
  expect(questions).toHaveLength(79);
  // The primary FAQ's questions in document order, as the question graph lists them.
  const graph = (await (await page.request.get('/graph.json')).json()) as { questions: { url: string; document: string }[] };
  const links = graph.questions.filter((q) => q.document === 'vipps-ecom-api-faq').map((q) => ({ href: q.url }));
  // The 79 `###` questions, then the closing `## Questions?`, an answer of its own.
  expect(links).toHaveLength(80);
  expect(links.at(-1)).toEqual({ href: '/q/questions/' });
  for (const [i, question] of questions.entries()) {
    await page.goto(links[i]!.href);
    const text = (await page.locator('main').textContent()) ?? '';
    const missing = visibleWords(question.markdown).filter((word) => !text.includes(word));
    expect.soft(missing, `${links[i]!.href} is missing words of “${question.heading}”`).toEqual([]);
  }
});
