import { graphOf } from '@/lib/content/test-helpers';

/**
 * A hand-made FAQ for the map's tests, written as an author would. Links:
 * alpha → bravo, alpha → charlie, charlie → bravo, delta → bravo (and delta
 * to itself, which does not count). So bravo has 3 backlinks, charlie 1, the
 * rest none; bravo and echo link nowhere.
 */
export const TEST_FAQ = `# Test FAQ

## Payments

### Alpha
See [Bravo](#bravo) and [Charlie](#charlie).

### Bravo
Nothing here links on.

### Charlie
Go to [Bravo](#bravo).

## Refunds

### Delta
Read [Bravo](#bravo) and [this answer](#delta).

### Echo
Plain text.
`;

export function testGraph() {
  return graphOf({ 'content/faq/test.md': TEST_FAQ }).graph;
}

/**
 * A larger FAQ of `questions` questions spread over `categories` categories,
 * written as markdown like the small one. Every seventh question links to the
 * question eleven places on, so some links cross categories.
 */
export function largeTestGraph({ questions, categories }: { questions: number; categories: number }) {
  const sections = Array.from({ length: categories }, (_, c) => {
    const numbers = Array.from({ length: questions }, (_, q) => q).filter((q) => q % categories === c);
    const answers = numbers.map((q) => `### Question ${q}\n${q % 7 === 0 ? `See [question ${(q + 11) % questions}](#question-${(q + 11) % questions}).` : 'Plain text.'}\n`);
    return `## Category ${c}\n\n${answers.join('\n')}`;
  });
  return graphOf({ 'content/faq/large.md': `# Large FAQ\n\n${sections.join('\n')}` }).graph;
}

/**
 * Three FAQs for the map's document tests. Payments has two categories,
 * Refunds one, and the sync tool's questions are `##` headings, so its one
 * category is named after the document. Links: alpha → bravo, alpha → delta
 * (across documents), charlie → bravo, delta → alpha, foxtrot → golf.
 */
export function threeFaqsGraph() {
  return graphOf({
    'content/faq/payments.md': `# Payments FAQ

## Capture

### Alpha
See [Bravo](#bravo) and [the refunds answer](refunds.md#delta).

### Bravo
Text.

## Cancel

### Charlie
Go to [Bravo](#bravo).
`,
    'content/faq/refunds.md': `# Refunds FAQ

## Refunds

### Delta
Read [Alpha](payments.md#alpha).

### Echo
Plain.
`,
    'content/faq/sync.md': `# Sync tool FAQ

## Why does the sync stop?
Free some disk space; then [restart it](#how-do-i-restart-it).

## How do I restart it?
From the menu.
`,
  }).graph;
}

/**
 * A site of `categories` categories of `perCategory` questions each, in
 * markdown: question n of category c links to question n of category c + 1
 * when n < c, so category c has c links to the next category and the
 * categories later in the file are joined more strongly.
 */
export function chainedCategoriesGraph({ categories, perCategory }: { categories: number; perCategory: number }) {
  const sections = Array.from({ length: categories }, (_, c) => {
    const answers = Array.from({ length: perCategory }, (_, n) =>
      `### C${c} question ${n}\n${n < c && c + 1 < categories ? `See [the next](#c${c + 1}-question-${n}).` : 'Plain text.'}\n`,
    );
    return `## Category ${c}\n\n${answers.join('\n')}`;
  });
  return graphOf({ 'content/faq/chain.md': `# Chain FAQ\n\n${sections.join('\n')}` }).graph;
}

/**
 * A small tool's FAQ of nine questions in one category: with `linked`, three answers link to others (a
 * small map, drawn with every title); without, none does (the map that drew nine identical dots under
 * the category's name, now shown as a list).
 */
export function nineQuestionsGraph({ linked }: { linked: boolean }) {
  const titles = [
    'How do I install widget?',
    'How do I update widget to the latest version?',
    'Why does widget install fail with ERR_WIDGET_NO_MATCHING_VERSION?',
    'Can I use widget in a Docker build?',
    'What is a lockfile?',
    'How do I change the store location?',
    'Why do I get EACCES when I install globally?',
    'Does widget work offline?',
    'How do I uninstall widget?',
  ];
  const links: Record<number, string> = linked ? { 1: 'how-do-i-install-widget', 2: 'what-is-a-lockfile', 6: 'how-do-i-change-the-store-location' } : {};
  const answer = (i: number) => (links[i] ? `See [this answer](#${links[i]}).` : 'Plain text.');
  return graphOf({ 'content/faq/widget.md': `# Widget FAQ\n\n## Using widget\n\n${titles.map((title, i) => `### ${title}\n${answer(i)}\n`).join('\n')}` }).graph;
}
