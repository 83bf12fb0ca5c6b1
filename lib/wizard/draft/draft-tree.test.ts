import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '@/lib/site/build-site';
import { generateFaqMarkdown } from '@/scripts/generate-faq-markdown';
import { isNote } from '@/lib/section-notes';
import { pathsTo } from '../walk';
import { MAX_DEPTH, MAX_OPTIONS } from './draft-tree';
import { readQuestionKind } from './question-kind';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const AUTHORED = join(import.meta.dirname, '..', 'fixtures', 'holdout-content');

/** What a reader of the tree meets: each choice's options, each problem's depth. */
function survey(site: ReturnType<typeof buildSite>) {
  const { tree } = site.troubleshooter;
  const paths = pathsTo(tree);
  const choices = Object.values(tree.nodes).filter((node) => node.type === 'choice' && paths[node.id]);
  const depthOf = new Map<string, number>();
  for (const node of Object.values(tree.nodes)) {
    if (node.type === 'answer' && paths[node.id]) depthOf.set(node.question, Math.min(depthOf.get(node.question) ?? Infinity, paths[node.id]!.length));
  }
  const problems = site.graph.questions.filter((question) => readQuestionKind(question).kind === 'problem');
  const root = tree.nodes[tree.root];
  return {
    tree,
    rootPrompt: root?.type === 'choice' ? root.prompt : undefined,
    rootLabels: root?.type === 'choice' ? root.options.map((option) => option.label) : [],
    optionCounts: choices.map((node) => (node.type === 'choice' ? node.options.length : 0)),
    problemDepths: problems.map((question) => [question.id, depthOf.get(question.id) ?? Infinity] as const),
  };
}

describe('a troubleshooter drafted from one FAQ file, without any YAML', () => {
  it.each([
    ['a-tool-faq-with-error-identifiers', ['An error code or an error message', 'Something goes wrong or does not work']],
    ['an-api-faq-with-status-codes', ['An HTTP error status', 'An error code or an error message', 'Capture fails', 'A customer was charged twice for the same payment']],
    ['a-consumer-faq-with-complaints', ['Something goes wrong or does not work', 'Something is missing or never arrives']],
  ])('%s: the first screen asks what the user sees; every problem is an answer at most four choices away', (name, sights) => {
    const site = buildSite(join(FIXTURES, name));
    const { rootPrompt, rootLabels, optionCounts, problemDepths } = survey(site);
    expect(rootPrompt).toBe('What do you see?');
    expect(rootLabels.slice(0, sights.length)).toEqual(sights);
    expect(rootLabels.at(-1)).toMatch(/^Something else|^How |^What |^Can /);
    expect(problemDepths.length).toBeGreaterThanOrEqual(4);
    for (const [id, depth] of problemDepths) expect(depth, id).toBeLessThanOrEqual(MAX_DEPTH);
    for (const count of optionCounts) expect(count).toBeGreaterThanOrEqual(2);
    for (const count of optionCounts) expect(count).toBeLessThanOrEqual(MAX_OPTIONS);
    expect(Object.values(site.troubleshooter.tree.nodes).every((node) => node.drafted)).toBe(true);
  });

  it('leads to an answer of a section of prose by the status codes and error codes it explains', () => {
    const { tree } = buildSite(join(FIXTURES, 'an-api-faq-with-status-codes')).troubleshooter;
    const status = tree.nodes['see-error-status'];
    const codes = tree.nodes['see-error-message'];
    expect(status?.type === 'choice' && status.options.map((o) => [o.label, tree.nodes[o.next]?.type === 'answer' && tree.nodes[o.next]!.type === 'answer' ? (tree.nodes[o.next] as { question: string }).question : o.next])).toEqual([
      ['HTTP 401 Unauthorized', 'why-do-i-get-http-401-unauthorized'],
      ['403 Forbidden', 'why-do-i-get-403-forbidden'],
      ['HTTP 429 Too Many Requests', 'why-do-i-get-http-429-too-many-requests'],
      ['HTTP 400 Bad Request', 'errors'],
      ['HTTP 404 Not Found', 'errors'],
    ]);
    expect(codes?.type === 'choice' && codes.options.map((o) => o.label)).toEqual(['errorCode 42 "Card expired"', 'Payment-00100']);
  });

  it('offers no closing note ("Questions? We are happy to help") as a question to troubleshoot towards', () => {
    const site = buildSite(join(FIXTURES, 'a-consumer-faq-with-complaints'));
    expect(site.graph.questions.map((question) => question.id)).toContain('questions');
    const answers = Object.values(site.troubleshooter.tree.nodes).flatMap((node) => (node.type === 'answer' ? [node.question] : []));
    expect(answers).not.toContain('questions');
    expect(answers).toContain('what-payment-methods-do-you-accept');
  });

  it('offers its problems from their question pages, and a how-to reached only by browsing not', () => {
    const { problemAnswers, answerByQuestion, tree } = buildSite(join(FIXTURES, 'an-api-faq-with-status-codes')).troubleshooter;
    // A problem, and a prose section reached by the statuses it explains, are troubleshot from their pages.
    expect(problemAnswers.get('why-do-i-get-http-401-unauthorized')).toBe(answerByQuestion.get('why-do-i-get-http-401-unauthorized'));
    expect(problemAnswers.has('errors')).toBe(true);
    // Every answer node no sight leads to is a question to browse to, and only those.
    const browsed = Object.values(tree.nodes).flatMap((node) => (node.type === 'answer' && node.browse ? [node.question] : []));
    expect(browsed.length).toBeGreaterThan(0);
    for (const question of browsed) {
      expect(answerByQuestion.has(question)).toBe(true);
      expect(problemAnswers.has(question)).toBe(false);
      expect(readQuestionKind(buildSite(join(FIXTURES, 'an-api-faq-with-status-codes')).question(question)!).kind).not.toBe('problem');
    }
  });

  it('gives the same node ids each time it is built', () => {
    const dir = join(FIXTURES, 'a-consumer-faq-with-complaints');
    expect(Object.keys(buildSite(dir).troubleshooter.tree.nodes)).toEqual(Object.keys(buildSite(dir).troubleshooter.tree.nodes));
  });

  it('says for the document that its troubleshooter is drafted, and how many problems it reaches', () => {
    const site = buildSite(join(FIXTURES, 'a-consumer-faq-with-complaints'), { cwd: FIXTURES });
    const notes = site.files.flatMap((file) => file.messages.filter((m) => m.ruleId === 'troubleshooter').map((m) => `${file.path}:${m.line}:${m.column} ${m.reason}`));
    expect(notes).toEqual(['a-consumer-faq-with-complaints/faq/shop-help.md:1:1 Troubleshooter: drafted from its answers; 5 of its 5 problem questions are answers at most 4 choices from the first screen']);
  });
});

describe('an authored tree and the draft together', () => {
  const withSibling = () => {
    const dir = mkdtempSync(join(tmpdir(), 'draft-'));
    cpSync(AUTHORED, dir, { recursive: true });
    cpSync(join(FIXTURES, 'an-api-faq-with-status-codes', 'faq', 'payments-api-faq.md'), join(dir, 'faq', 'payments-api-faq.md'));
    writeFileSync(join(dir, 'site.yaml'), 'primary: vipps-ecom-api-faq.md\n');
    return dir;
  };

  it('keeps the authored tree as it is when it answers every document', () => {
    const alone = buildSite(AUTHORED);
    expect(alone.troubleshooter.tree.root).toBe('start');
    expect(Object.values(alone.troubleshooter.tree.nodes).some((node) => node.drafted)).toBe(false);
  });

  it('asks what the user sees across products, keeps every authored node, and asks which product where both answer', () => {
    const authored = buildSite(AUTHORED).troubleshooter.tree;
    const site = buildSite(withSibling());
    const { tree, problemDepths, optionCounts } = survey(site);
    // Where a node is written differs between the two folders; what it says and leads to does not.
    const said = (node: unknown) => JSON.parse(JSON.stringify(node, (key, value) => (key === 'source' ? undefined : value)));
    for (const [id, node] of Object.entries(authored.nodes)) expect(said(tree.nodes[id]), id).toEqual(said(node));
    expect(tree.root).not.toBe('start');
    const http401 = Object.values(tree.nodes).find((node) => node.type === 'choice' && node.drafted && node.prompt === 'Which product are you using?' && node.options.some((o) => o.next === 'http-401-unauthorized'));
    expect(http401?.type === 'choice' && http401.options.map((o) => o.label)).toEqual(['Vipps ecom API', 'Payments API']);
    for (const [id, depth] of problemDepths) expect(depth, id).toBeLessThanOrEqual(MAX_DEPTH);
    for (const count of optionCounts) expect(count).toBeLessThanOrEqual(MAX_OPTIONS);
    // The authored first screen stays reachable, through "something else".
    expect(pathsTo(tree).start).toBeDefined();
  });
});

describe('the eCom FAQ with its authored tree and the four sibling FAQs of the same family', () => {
  it('reaches every problem of every sibling within four choices, offers 2 to 8 options a choice, and keeps the authored tree', () => {
    const dir = mkdtempSync(join(tmpdir(), 'draft-family-'));
    cpSync(AUTHORED, dir, { recursive: true });
    const corpora = join(import.meta.dirname, '..', '..', '..', 'e2e', 'fixtures', 'corpora');
    for (const file of ['vipps-recurring-api-faq.md', 'vipps-psp-api-faq.md', 'vipps-checkout-api-faq.md', 'reserve-and-capture-faq.md']) cpSync(join(corpora, file), join(dir, 'faq', file));
    writeFileSync(join(dir, 'site.yaml'), 'primary: vipps-ecom-api-faq.md\n');
    const site = buildSite(dir);
    const { tree, problemDepths, optionCounts } = survey(site);
    const siblings = new Set(site.graph.questions.filter((question) => !question.source.file.endsWith('vipps-ecom-api-faq.md')).map((question) => question.id));
    const siblingProblems = problemDepths.filter(([id]) => siblings.has(id));
    expect(siblingProblems.length).toBeGreaterThanOrEqual(8);
    for (const [id, depth] of siblingProblems) expect(depth, id).toBeLessThanOrEqual(MAX_DEPTH);
    for (const count of optionCounts) expect(count).toBeGreaterThanOrEqual(2);
    for (const count of optionCounts) expect(count).toBeLessThanOrEqual(MAX_OPTIONS);
    // Every other question of a sibling can be browsed to; only notes (a pointer to other docs) are left out.
    const answered = new Set(Object.values(tree.nodes).flatMap((node) => (node.type === 'answer' && pathsTo(tree)[node.id] ? [node.question] : [])));
    const notes = new Set(site.graph.categories.filter((category) => isNote(category, (id) => site.question(id))).flatMap((category) => category.questions));
    expect([...siblings].filter((id) => !answered.has(id) && !notes.has(id))).toEqual([]);
    const said = (node: unknown) => JSON.parse(JSON.stringify(node, (key, value) => (key === 'source' ? undefined : value)));
    for (const [id, node] of Object.entries(buildSite(AUTHORED).troubleshooter.tree.nodes)) expect(said(tree.nodes[id]), id).toEqual(said(node));
  });
});

describe('a large FAQ', () => {
  it('splits long lists so no choice offers more than eight options', () => {
    const dir = mkdtempSync(join(tmpdir(), 'draft-large-'));
    mkdirSync(join(dir, 'faq'));
    for (const [path, markdown] of Object.entries(generateFaqMarkdown({ questions: 600 }).files)) writeFileSync(join(dir, path), markdown);
    const { optionCounts, tree } = survey(buildSite(dir));
    expect(Object.keys(tree.nodes).length).toBeGreaterThan(600);
    expect(Math.max(...optionCounts)).toBeLessThanOrEqual(MAX_OPTIONS);
    expect(Math.min(...optionCounts)).toBeGreaterThanOrEqual(2);
  });
});
