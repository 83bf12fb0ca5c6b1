import { describe, expect, it } from 'vitest';
import type { Symptom } from '@/lib/content/types';
import { readQuestionKind } from './question-kind';

const status = (code: number): Symptom => ({ type: 'http-status', code, label: `HTTP ${code}` });
const identifier = (text: string): Symptom => ({ type: 'identifier', text });

describe('readQuestionKind', () => {
  it.each<[string, Symptom[], string]>([
    ['Why do I get HTTP 401 Unauthorized?', [status(401)], 'problem status'],
    ['Why does install fail with ERR_NO_MATCHING_VERSION?', [identifier('ERR_NO_MATCHING_VERSION')], 'problem code'],
    ['Why do I get a CORS error?', [], 'problem code'],
    ['Why does capture fail?', [], 'problem fails'],
    ['The app crashes when I open my basket', [], 'problem fails'],
    ['The build exits with code 1 after upgrading', [identifier('exit code 1')], 'problem code'],
    ['Why has one of my customers been charged twice for the same payment?', [], 'problem complaint'],
    ["Why don't I receive the payment notification?", [], 'problem missing'],
    ['My order never arrived', [], 'problem missing'],
    ['Where is my refund?', [], 'problem missing'],
    ['What happens if the card expires?', [], 'problem change'],
    ['If a card expires: What happens on the next charge?', [], 'problem change'],
    ['What happens to pending charges if the user deletes the card?', [], 'problem change'],
    ['Errors', [status(400), identifier('Payment-00100')], 'problem status'],
    ['How do I refund a payment?', [], 'how-to'],
    ['Can I use the tool with Docker?', [], 'how-to'],
    ['Is it possible to skip the landing page?', [], 'how-to'],
    ['What is a lockfile?', [], 'about'],
    ['For how long is a payment reserved?', [], 'about'],
    ['Why should I use direct capture?', [], 'about'],
    ['Settlement', [], 'about'],
    ['If a user changes the default card, can new charges be made to it?', [], 'problem change'],
  ])('%s', (title, symptoms, expected) => {
    const reading = readQuestionKind({ title, symptoms });
    expect([reading.kind, reading.sight].filter(Boolean).join(' ')).toBe(expected);
  });

  it('reads a topic heading by the symptoms its answer explains, and any other heading by those it names', () => {
    expect(readQuestionKind({ title: 'Errors', symptoms: [status(404), identifier('Session-00100')] }).symptoms).toHaveLength(2);
    expect(readQuestionKind({ title: 'Why does capture fail?', symptoms: [status(400)] }).symptoms).toEqual([]);
  });
});
