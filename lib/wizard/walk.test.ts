import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseWizardTree } from './parse-wizard-tree';
import { createRoutes, formatVia, parseVia, pathsTo, resolvePath, wizardHref } from './walk';

const tree = parseWizardTree(
  new VFile({
    path: 'tree.yaml',
    value: `root: start
nodes:
  start:
    prompt: What do you see?
    options:
      - label: An HTTP status
        next: http-status
      - label: 401 Unauthorized
        next: http-401
  http-status:
    prompt: Which status?
    options:
      - label: 401 Unauthorized
        next: http-401
      - label: 403 Forbidden
        next: http-403
  http-401:
    question: why-do-i-get-http-401-unauthorized
  http-403:
    question: why-do-i-get-http-403-forbidden
`,
  }),
);

describe('pathsTo', () => {
  it('gives each node its shortest list of choices from the root', () => {
    expect(pathsTo(tree)).toEqual({
      start: [],
      'http-status': [{ node: 'start', optionIndex: 0, label: 'An HTTP status', next: 'http-status' }],
      'http-401': [{ node: 'start', optionIndex: 1, label: '401 Unauthorized', next: 'http-401' }],
      'http-403': [
        { node: 'start', optionIndex: 0, label: 'An HTTP status', next: 'http-status' },
        { node: 'http-status', optionIndex: 1, label: '403 Forbidden', next: 'http-403' },
      ],
    });
  });

  it('is empty when the root is missing', () => {
    expect(pathsTo({ ...tree, root: 'nowhere' })).toEqual({});
  });
});

// Three ways to one answer: payments fail from the start, through "What fails?", or through a customer's words.
const diamond = parseWizardTree(
  new VFile({
    path: 'tree.yaml',
    value: `root: start
nodes:
  start:
    prompt: What do you see?
    options:
      - label: A payment problem
        next: payment-problem
      - label: A customer complaint
        next: customer-complaint
      - label: Payments fail
        next: payments-fail
  payment-problem:
    prompt: What fails?
    options:
      - label: Customers cannot pay
        next: payments-fail
      - label: A refund
        next: refund
  customer-complaint:
    prompt: What does the customer say?
    options:
      - label: My card was \`declined\`
        next: payments-fail
      - label: My refund has not arrived
        next: refund
  payments-fail:
    question: why-do-payments-fail
  refund:
    question: how-can-i-refund-a-payment
`,
  }),
);
const routesTo = createRoutes(diamond, pathsTo(diamond), (label) => label.replaceAll('`', ''));

describe('paths taken, as ?via=', () => {
  const routes = routesTo('payments-fail');

  it('knows only the choices that lead to the node, and their shortest ways', () => {
    expect(routes).toEqual({
      root: 'start',
      target: 'payments-fail',
      choices: {
        start: [
          { node: 'start', optionIndex: 0, label: 'A payment problem', next: 'payment-problem' },
          { node: 'start', optionIndex: 1, label: 'A customer complaint', next: 'customer-complaint' },
          { node: 'start', optionIndex: 2, label: 'Payments fail', next: 'payments-fail' },
        ],
        'payment-problem': [{ node: 'payment-problem', optionIndex: 0, label: 'Customers cannot pay', next: 'payments-fail' }],
        'customer-complaint': [{ node: 'customer-complaint', optionIndex: 0, label: 'My card was declined', next: 'payments-fail' }],
      },
      shortest: { 'payments-fail': '', start: '', 'payment-problem': '', 'customer-complaint': '' },
    });
  });

  it.each([
    ['the way through a customer complaint', 'customer-complaint', ['A customer complaint', 'My card was declined']],
    ['the way through “What fails?”', 'payment-problem', ['A payment problem', 'Customers cannot pay']],
    ['straight from the start', '', ['Payments fail']],
  ])('resolves %s', (_case, via, labels) => {
    expect(resolvePath(routes, parseVia(via)!)?.map((step) => step.label)).toEqual(labels);
  });

  it.each([
    ['a node that does not lead there', 'refund'],
    ['a path that skips a choice', 'start.customer-complaint'],
    ['two choices that do not follow each other', 'payment-problem.customer-complaint'],
    ['a node that does not exist', 'removed-node'],
  ])('rejects %s', (_case, via) => {
    expect(resolvePath(routes, parseVia(via)!)).toBeUndefined();
  });

  it.each([
    ['absent', null],
    ['not node ids', '<script>alert(1)</script>'],
    ['an empty part', 'payment-problem..refund'],
    ['upper case', 'Payment-Problem'],
    ['absurdly long', Array.from({ length: 41 }, () => 'a').join('.')],
  ])('does not read a ?via= that is %s', (_case, value) => {
    expect(parseVia(value)).toBeUndefined();
  });

  it('writes ?via= only when the path is not the shortest', () => {
    const throughComplaint = resolvePath(routes, ['customer-complaint'])!;
    expect(formatVia(throughComplaint)).toBe('customer-complaint');
    expect(wizardHref('payments-fail', throughComplaint, routes.shortest['payments-fail'], 'start')).toBe('/wizard/payments-fail/?via=customer-complaint');
    expect(wizardHref('payments-fail', [{ node: 'start' }], routes.shortest['payments-fail'], 'start')).toBe('/wizard/payments-fail/');
    expect(wizardHref('start', [], '', 'start')).toBe('/wizard/');
  });

  it('reads back the ?via= it writes, for every path to every node', () => {
    const all = (id: string, path: { node: string; next: string }[] = []): { node: string; next: string }[][] => {
      const node = diamond.nodes[id]!;
      return [path, ...(node.type === 'choice' ? node.options.flatMap((o) => all(o.next, [...path, { node: id, next: o.next }])) : [])];
    };
    for (const path of all('start').filter((p) => p.length > 0)) {
      const target = path.at(-1)!.next;
      const resolved = resolvePath(routesTo(target), parseVia(formatVia(path))!);
      expect(resolved?.map((step) => step.node)).toEqual(path.map((step) => step.node));
    }
  });
});
