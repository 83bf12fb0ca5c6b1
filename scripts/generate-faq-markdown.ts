/**
 * A deterministic synthetic FAQ site as markdown, for the scale benchmark: the files an author
 * would write, so the whole pipeline (parser, graph, pages, search index) runs on them.
 *
 * Inputs:  none (seeded). Outputs: `{ files: { 'faq/<name>.md': markdown }, questions }` in memory;
 *          `writeFaqSite(dir, options)` writes them and a glossary-free content folder to `dir`.
 * Shape:   documents of 250 questions in 10 `##` categories of `###` questions; answers of two to six
 *          sentences, ordered-list steps in a quarter of them, code spans and JSON error bodies,
 *          HTTP statuses and error codes in a fifth of the headings, and cross-links to questions of
 *          the same document and of other documents (`other.md#anchor`), so backlinks grow too.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRandom } from '@/lib/random';
import { slugify } from '@/lib/content/slug';
import { AREAS, MESSAGES, OBJECTS, PRODUCTS, QUALIFIERS, REASONS, SENTENCES, VERBS } from './generate-kb';

export interface GenerateFaqOptions {
  questions: number;
  /** @defaultValue 250 */
  perDocument?: number;
  /** @defaultValue 10 */
  categoriesPerDocument?: number;
  /** @defaultValue 1 */
  seed?: number;
}

interface Planned {
  doc: number;
  title: string;
  anchor: string;
}

export interface GeneratedFaq {
  /** Markdown by path in the content folder (`faq/<name>.md`). */
  files: Record<string, string>;
  /** Anchors of the questions whose answer has numbered steps, in the order written. */
  withSteps: string[];
}

export function generateFaqMarkdown(options: GenerateFaqOptions): GeneratedFaq {
  const perDocument = options.perDocument ?? 250;
  const categoriesPerDocument = options.categoriesPerDocument ?? 10;
  const random = createRandom(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const fill = (template: string) =>
    template.replace(/\{(\w+)\}/g, (_, key: string) => (key === 'object' ? pick(OBJECTS) : key === 'verb' ? pick(VERBS) : key === 'area' ? pick(AREAS) : pick(PRODUCTS)));
  const documents = Math.max(1, Math.ceil(options.questions / perDocument));
  const name = (doc: number) => `${pick(['payments', 'checkout', 'partner', 'merchant', 'recurring', 'login', 'terminal', 'reports'])}-${doc + 1}-faq.md`;
  const names = Array.from({ length: documents }, (_, doc) => name(doc));

  // Titles first, so answers can link to any question by its anchor.
  const planned: Planned[] = [];
  for (let i = 0; i < options.questions; i++) {
    const doc = Math.floor(i / perDocument);
    const title = `${questionTitle(pick, random)} (${i + 1})`;
    planned.push({ doc, title, anchor: slugify(title) });
  }

  const files: Record<string, string> = {};
  const withSteps: string[] = [];
  for (let doc = 0; doc < documents; doc++) {
    const mine = planned.filter((q) => q.doc === doc);
    const lines: string[] = [`# ${capitalise(names[doc]!.replace(/-\d+-faq\.md$/, ''))} FAQ ${doc + 1}`, '', `Answers about ${pick(PRODUCTS)} and ${pick(PRODUCTS)} for integrators and merchants.`, ''];
    const perCategory = Math.ceil(mine.length / categoriesPerDocument);
    mine.forEach((question, i) => {
      if (i % perCategory === 0) lines.push(`## ${capitalise(pick(PRODUCTS))} and the ${pick(AREAS)} ${doc + 1}.${i / perCategory + 1}`, '');
      lines.push(`### ${question.title}`, '');
      const sentences = Array.from({ length: 2 + Math.floor(random() * 5) }, () => fill(pick(SENTENCES)));
      lines.push(sentences.join(' '), '');
      if (random() < 0.25) {
        withSteps.push(question.anchor);
        for (let n = 1; n <= 3 + Math.floor(random() * 3); n++) lines.push(`${n}. ${fill(pick(SENTENCES))}`);
        lines.push('');
      }
      if (random() < 0.15) {
        const [code, reason] = pick(REASONS);
        lines.push('The API answers:', '', '```json', `{ "status": ${code}, "title": "${reason}", "errorCode": "${100 + Math.floor(random() * 900)}", "errorMessage": "${pick(MESSAGES)}" }`, '```', '');
      }
      if (random() < 0.3) lines.push(`Send the \`${pick(['Merchant-Serial-Number', 'Idempotency-Key', 'Ocp-Apim-Subscription-Key', 'X-Request-Id'])}\` header with every request.`, '');
      const links: string[] = [];
      for (let n = Math.floor(random() * 3); n > 0; n--) {
        const target = random() < 0.8 ? mine[Math.floor(random() * mine.length)]! : planned[Math.floor(random() * planned.length)]!;
        if (target === question) continue;
        links.push(target.doc === doc ? `[${target.title}](#${target.anchor})` : `[${target.title}](${names[target.doc]}#${target.anchor})`);
      }
      if (links.length > 0) lines.push(`See also: ${links.join(', ')}.`, '');
    });
    files[`faq/${names[doc]}`] = lines.join('\n');
  }
  return { files, withSteps };
}

/**
 * Writes a content folder: the generated FAQ documents and a small troubleshooter (three choices, each
 * leading to two questions of the first document), as a team would start one; no glossary.
 */
export function writeFaqSite(dir: string, options: GenerateFaqOptions): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'faq'), { recursive: true });
  mkdirSync(join(dir, 'wizard'), { recursive: true });
  const { files, withSteps } = generateFaqMarkdown(options);
  for (const [path, markdown] of Object.entries(files)) writeFileSync(join(dir, path), markdown);
  // Answers need checklist steps: take the first questions whose answer has a numbered list.
  const anchors = withSteps.slice(0, 6);
  const tree = [
    'root: start',
    'nodes:',
    '  start:',
    '    prompt: What do you see?',
    '    options:',
    ...[0, 1, 2].flatMap((i) => [`      - label: Problem ${i + 1}`, `        next: problem-${i + 1}`]),
    ...[0, 1, 2].flatMap((i) => [
      `  problem-${i + 1}:`,
      '    prompt: Which is closest?',
      '    options:',
      ...[0, 1].flatMap((j) => [`      - label: Case ${j + 1}`, `        next: answer-${i * 2 + j + 1}`]),
    ]),
    ...anchors.flatMap((anchor, k) => [`  answer-${k + 1}:`, `    question: ${anchor}`]),
  ];
  writeFileSync(join(dir, 'wizard', 'tree.yaml'), `${tree.join('\n')}\n`);
}

function questionTitle(pick: <T>(list: readonly T[]) => T, random: () => number): string {
  const kind = random();
  if (kind < 0.12) {
    const [code, reason] = pick(REASONS);
    return `Why do I get \`HTTP ${code} ${reason}\` when I ${pick(VERBS)} a ${pick(OBJECTS)}?`;
  }
  if (kind < 0.22) return `Why do I get errorCode ${10 + Math.floor(random() * 990)} "${pick(MESSAGES)}"?`;
  if (kind < 0.5) return `How can I ${pick(VERBS)} a ${pick(OBJECTS)} ${pick(QUALIFIERS)}?`;
  if (kind < 0.7) return `Why does ${pick(PRODUCTS)} ${pick(['fail', 'time out', 'show the wrong amount', 'stay pending'])} ${pick(QUALIFIERS)}?`;
  if (kind < 0.85) return `What is the difference between ${pick(PRODUCTS)} and ${pick(PRODUCTS)} in the ${pick(AREAS)}?`;
  return `Can I use ${pick(PRODUCTS)} with ${pick(AREAS)} ${pick(QUALIFIERS)}?`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
