/**
 * A deterministic synthetic knowledge base for benchmarks and the knowledge map:
 * a QuestionGraph of (by default) 10,000 questions across 100 categories, with
 * titles, answers, checklist steps and symptoms shaped like a payments FAQ.
 *
 * Inputs: none (seeded). Outputs: the graph, in memory; nothing is written.
 */
import type { Category, ChecklistStep, Question, QuestionGraph, Symptom } from '@/lib/content/types';
import { createRandom } from '@/lib/random';

export interface GenerateOptions {
  /** @defaultValue 10000 */
  questions?: number;
  /** @defaultValue 100 */
  categories?: number;
  /** @defaultValue 1 */
  seed?: number;
}

export const PRODUCTS = ['checkout', 'invoice', 'subscription', 'payout', 'terminal', 'wallet', 'voucher', 'gift card', 'loyalty programme', 'marketplace', 'donation', 'ticket', 'booking', 'delivery', 'payment link', 'recurring agreement', 'settlement', 'refund', 'capture', 'reservation'];
export const AREAS = ['API', 'portal', 'webhooks', 'reports', 'onboarding', 'compliance', 'partners', 'point of sale', 'mobile app', 'login', 'accounting', 'security', 'testing', 'migration', 'pricing'];
export const OBJECTS = ['order', 'payment', 'customer', 'merchant', 'sale unit', 'API key', 'access token', 'callback URL', 'receipt', 'invoice', 'bank account', 'phone number', 'organisation number', 'shipping address', 'QR code', 'agreement', 'charge', 'transaction', 'report', 'certificate'];
export const VERBS = ['cancel', 'refund', 'capture', 'update', 'create', 'delete', 'export', 'verify', 'retry', 'rotate', 'renew', 'activate', 'deactivate', 'split', 'reconcile', 'schedule', 'approve', 'reject', 'transfer', 'archive'];
export const QUALIFIERS = ['after midnight', 'in the test environment', 'for a partner', 'on behalf of another store', 'in production', 'more than once', 'without BankID', 'from the mobile app', 'in another currency', 'for an expired card', 'with partial amounts', 'in bulk', 'after 365 days', 'before shipping', 'for a business customer'];
export const REASONS: [number, string][] = [[400, 'Bad Request'], [401, 'Unauthorized'], [403, 'Forbidden'], [404, 'Not Found'], [409, 'Conflict'], [422, 'Unprocessable Entity'], [429, 'Too Many Requests'], [500, 'Internal Server Error'], [502, 'Bad Gateway'], [503, 'Service Unavailable']];
export const MESSAGES = ['Order already exists', 'Amount exceeds reserved amount', 'Invalid callback URL', 'Token expired', 'Merchant is blocked', 'Refund period has expired', 'Agreement not active', 'Duplicate transaction id', 'Currency not supported', 'Missing idempotency key', 'Invalid phone number format', 'Sale unit not found'];
export const SENTENCES = [
  'This usually happens when the {object} was created by a different {area} integration.',
  'Check that the {object} belongs to the same sale unit as the API keys you use.',
  'You can {verb} the {object} in the {area} as long as it has not been settled.',
  'The {product} must be {verb}d within 7 days, otherwise the bank releases the reservation.',
  'Partners should use partner keys and send the Merchant-Serial-Number header.',
  'We recommend logging the full response body, since it explains why the request failed.',
  'Customers see the {product} in the app under their order history.',
  'A {object} cannot be changed after it has been {verb}d; create a new one instead.',
  'The {area} shows every {object} for the last 13 months and can export them as CSV.',
  'Retrying is safe when you send the same idempotency key with each request.',
  'Contact your partner or the customer centre if the {object} still looks wrong after a day.',
  'Settlements are paid out to the bank account of the sale unit two bank days later.',
];

/** Generates the synthetic graph; the same options always give the same graph. */
export function generateKnowledgeBase(options: GenerateOptions = {}): QuestionGraph {
  const total = options.questions ?? 10_000;
  const categoryCount = options.categories ?? 100;
  const random = createRandom(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const fill = (template: string) =>
    template.replace(/\{(\w+)\}/g, (_, key: string) =>
      key === 'object' ? pick(OBJECTS) : key === 'verb' ? pick(VERBS) : key === 'area' ? pick(AREAS) : pick(PRODUCTS),
    );

  const categories: Category[] = Array.from({ length: categoryCount }, (_, i) => {
    const title = `${capitalise(PRODUCTS[i % PRODUCTS.length]!)} ${AREAS[Math.floor(i / PRODUCTS.length) % AREAS.length]}`;
    const id = `${slug(title)}-${i}`;
    return { type: 'category', id, title, document: 'synthetic', url: `/c/${id}/`, html: '', questions: [], source: { file: 'synthetic.md', line: 1, column: 1 } };
  });

  const questions: Question[] = [];
  const used = new Set<string>();
  for (let i = 0; i < total; i++) {
    const category = categories[i % categoryCount]!;
    const symptoms: Symptom[] = [];
    let title: string;
    const kind = random();
    if (kind < 0.12) {
      const [code, reason] = pick(REASONS);
      title = `Why do I get HTTP ${code} ${reason} when I ${pick(VERBS)} a ${pick(OBJECTS)}?`;
      symptoms.push({ type: 'http-status', code, label: `HTTP ${code} ${reason}` });
    } else if (kind < 0.22) {
      const code = String(10 + Math.floor(random() * 990));
      const message = pick(MESSAGES);
      title = `Why do I get errorCode ${code} "${message}"?`;
      symptoms.push({ type: 'error-code', code, label: `errorCode ${code}` }, { type: 'error-message', text: message });
    } else if (kind < 0.5) {
      title = `How can I ${pick(VERBS)} a ${pick(OBJECTS)} ${pick(QUALIFIERS)}?`;
    } else if (kind < 0.7) {
      title = `Why does ${pick(PRODUCTS)} ${pick(['fail', 'time out', 'show the wrong amount', 'stay pending'])} ${pick(QUALIFIERS)}?`;
    } else if (kind < 0.85) {
      title = `What is the difference between ${pick(PRODUCTS)} and ${pick(PRODUCTS)} in the ${pick(AREAS)}?`;
    } else {
      title = `Can I use ${pick(PRODUCTS)} with ${pick(AREAS)} ${pick(QUALIFIERS)}?`;
    }
    let id = slug(title);
    if (used.has(id)) id = `${id}-${i}`;
    used.add(id);
    const sentences = Array.from({ length: 2 + Math.floor(random() * 7) }, () => fill(pick(SENTENCES)));
    const steps: ChecklistStep[] =
      random() < 0.25 ? Array.from({ length: 3 }, (_, n) => ({ id: `step-${n + 1}`, n: n + 1, text: fill(pick(SENTENCES)), hash: `h${i}-${n}` })) : [];
    if (random() < 0.1) {
      const [code, reason] = pick(REASONS);
      sentences.push(`The API answers HTTP ${code} ${reason} in that case.`);
      symptoms.push({ type: 'http-status', code, label: `HTTP ${code} ${reason}` });
    }
    const text = [...sentences, ...steps.map((step) => step.text)].join(' ');
    category.questions.push(id);
    questions.push({
      type: 'question', id, title, titleHtml: title, category: category.id, document: 'synthetic', url: `/q/${id}/`,
      html: `<p>${text}</p>`, text, links: [], backlinks: [], externalLinks: [], steps, checklistParts: [], symptoms, alsoAskedAs: [], tocLabels: [], anchors: [id],
      source: { file: 'synthetic.md', line: i + 1, column: 1 },
    });
  }
  return {
    documents: [{ type: 'document', id: 'synthetic', file: 'faq/synthetic.md', title: 'Synthetic knowledge base', url: '/d/synthetic/', layout: 'categorised', metadata: {}, notices: [], intro: '', categories: categories.map((c) => c.id) }],
    categories,
    questions,
    anchors: {},
    redirects: {},
  };
}


function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
