/**
 * The real troubleshooter tree in content/wizard/ against the real FAQ: it
 * must build cleanly and reach every question support leads asked for.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionGraph } from '@/lib/content/load';
import { ContentError, formatMessages } from '@/lib/content/report';
import { getWizardTree, loadWizardTree } from './load';
import { matchSymptomToNode } from './match-symptom';
import type { AnswerNode } from './types';
import { pathsTo, walk } from './walk';
import { toWizardJson } from './wizard-json';

const { graph } = loadQuestionGraph('content');
const { tree, files } = loadWizardTree('content/wizard', graph);
const answers = Object.values(tree.nodes).filter((node): node is AnswerNode => node.type === 'answer');

/** What the brief requires, restated here so removing `require:` from the YAML cannot weaken the check. */
const REQUIRED_CATEGORIES = ['common-problems', 'common-errors', 'problems-for-end-users'];
const REQUIRED_QUESTIONS = [
  'why-has-one-of-my-customers-been-charged-twice-for-the-same-payment',
  'i-have-initiated-an-order-but-i-cant-find-it',
];
const required = [
  ...graph.categories.filter((category) => REQUIRED_CATEGORIES.includes(category.id)).flatMap((category) => category.questions),
  ...REQUIRED_QUESTIONS,
];

describe('content/wizard', () => {
  it('builds without errors or warnings', () => {
    expect(formatMessages(files)).toBe('');
  });

  it('requires what the brief requires', () => {
    expect(required).toHaveLength(26);
    expect(tree.require?.categories.map((c) => c.id)).toEqual(REQUIRED_CATEGORIES);
    expect(tree.maxDepth).toBe(4);
  });

  const paths = pathsTo(tree);
  it.each(required)('reaches %s in at most 4 choices', (questionId) => {
    const depths = answers.filter((node) => node.question === questionId && paths[node.id]).map((node) => paths[node.id]!.length);
    expect(depths.length).toBeGreaterThan(0);
    expect(Math.min(...depths)).toBeLessThanOrEqual(4);
  });

  it('walks from the root to the 401 answer by option labels', () => {
    const result = walk(tree, ['The API returns an HTTP error status such as 400, 401 Unauthorized, 403 Forbidden, 404 Not Found, 429 or 500', '401 Unauthorized']);
    expect(result.type).toBe('found');
    expect(result.type === 'found' && result.node).toMatchObject({ type: 'answer', id: 'http-401-unauthorized', question: 'why-do-i-get-http-401-unauthorized' });
  });

  it('gives every answer checklist steps', () => {
    const json = toWizardJson(tree, graph);
    for (const node of Object.values(json.nodes)) {
      if (node.type === 'answer') expect(node.checklist.length, node.question).toBeGreaterThan(0);
    }
  });

  it('keeps node ids readable as URL segments', () => {
    for (const id of Object.keys(tree.nodes)) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('toWizardJson', () => {
  const json = toWizardJson(tree, graph);

  it('publishes the root, choices and answers without source positions', () => {
    expect(json.root).toBe('start');
    expect(Object.keys(json.nodes)).toEqual(Object.keys(tree.nodes));
    expect(JSON.stringify(json)).not.toContain('"source"');
    expect(json.nodes['http-status']).toMatchObject({
      type: 'choice',
      prompt: 'Which HTTP status does the API return?',
      options: expect.arrayContaining([{ label: '401 Unauthorized', next: 'http-401-unauthorized' }]),
    });
  });

  it("resolves an answer's checklist from the question's numbered steps", () => {
    const question = graph.questions.find((q) => q.id === 'why-do-i-get-http-401-unauthorized')!;
    expect(json.nodes['http-401-unauthorized']).toEqual({
      type: 'answer',
      question: 'why-do-i-get-http-401-unauthorized',
      title: 'Why do I get HTTP 401 Unauthorized?',
      url: '/q/why-do-i-get-http-401-unauthorized/',
      summary: expect.stringContaining('401'),
      checklist: question.steps.map((step) => step.text),
    });
  });

  it("keeps a checklist written in the tree over the question's steps", () => {
    const node = json.nodes['capture-fails'];
    expect(node?.type === 'answer' && node.checklist[0]).toBe('Read the error response of the capture call; it says why the capture failed.');
  });
});

describe('matchSymptomToNode', () => {
  it.each([
    ['We get HTTP 401 when calling the API', 'http-401-unauthorized'],
    ['errorCode 35 when calling /details', 'error-35-order-not-found'],
    ['the token call gives unauthorized_client', 'unauthorized-client'],
    ['"Invalid MSN: 654321. Check your API keys on portal.vipps.no"', 'invalid-msn'],
    ['status 429 on initiate', 'http-429-too-many-requests'],
    ['Merchant Not Allowed for Ecommerce Payment', 'merchant-not-allowed-for-ecommerce'],
  ])('finds the answer for %j', (text, node) => {
    expect(matchSymptomToNode(tree, graph, text)[0]?.node).toBe(node);
  });

  it('finds nothing in text without a status, code or known message', () => {
    expect(matchSymptomToNode(tree, graph, 'the customer is unhappy')).toEqual([]);
  });
});

describe('getWizardTree', () => {
  it('returns the checked tree of content/wizard', () => {
    expect(getWizardTree({ graph }).root).toBe('start');
  });

  it('throws one error listing every problem as file:line:column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wizard-'));
    writeFileSync(join(dir, 'tree.yaml'), 'root: start\nnodes:\n  start:\n    prompt: Hi\n    options:\n      - label: A\n        next: nowhere\n');
    expect(() => getWizardTree({ graph, dir })).toThrow(ContentError);
    expect(() => getWizardTree({ graph, dir })).toThrow(/tree\.yaml:3:3  error  Choice `start` has only one option.*\n.*tree\.yaml:7:15  error  Cannot find node `nowhere`/);
  });
});
