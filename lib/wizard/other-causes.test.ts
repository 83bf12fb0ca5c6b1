import { describe, expect, it } from 'vitest';
import type { Symptom } from '@/lib/content/types';
import { findOtherCauses, type CauseCandidate } from './other-causes';

const status = (code: number, label: string): Symptom => ({ type: 'http-status', code, label: `HTTP ${code} ${label}` });
const errorCode = (code: string): Symptom => ({ type: 'error-code', code, label: `errorCode ${code}` });
const message = (text: string): Symptom => ({ type: 'error-message', text });
const identifier = (text: string): Symptom => ({ type: 'identifier', text });

const q = (id: string, title: string, symptoms: Symptom[]): CauseCandidate => ({ id, title, symptoms });

// As the FAQ has them: the 401 answer names errorCode 35 in a step, and the 500 answer mentions a 400.
const http400 = q('error-81', 'Why do I get error 81 and User not registered with Vipps?', [status(400, 'Bad Request'), errorCode('81'), message('User not registered with Vipps')]);
const http401 = q('http-401', 'Why do I get HTTP 401 Unauthorized?', [status(401, 'Unauthorized'), errorCode('35'), identifier('client_id'), message('Subscription not found')]);
const http403 = q('http-403', 'Why do I get HTTP 403 Forbidden?', [status(403, 'Forbidden')]);
const http404 = q('http-404', 'Why do I get HTTP 404 Not Found?', [status(404, 'Not Found'), errorCode('35')]);
const http429 = q('http-429', 'Why do I get HTTP 429 Too Many Requests?', [status(429, 'Too Many Requests')]);
const http500 = q('http-500', 'Why do I get HTTP 500 Internal Server Error?', [status(500, 'Internal Server Error'), status(400, 'Bad Request')]);
const error35 = q('error-35', 'Why do I get errorCode 35 "Requested Order not found"?', [status(404, 'Not Found'), errorCode('35'), message('Requested Order not found')]);
const notAllowed = q('not-allowed', 'Why do I get Merchant Not Allowed for Ecommerce Payment?', [status(403, 'Forbidden'), message('Merchant Not Allowed for Ecommerce Payment')]);
const unauthorizedClient = q('unauthorized-client', 'Why do I get unauthorized_client?', [status(401, 'Unauthorized'), identifier('AADSTS70001'), identifier('unauthorized_client')]);
const paymentsFail = q('payments-fail', 'Why do payments fail?', []);
const all = [http400, http401, http403, http404, http429, http500, error35, notAllowed, unauthorizedClient, paymentsFail];

describe('findOtherCauses', () => {
  it.each([
    ['a 429 has none: the other statuses are other problems, not causes', http429, []],
    ['a 401 may be an unauthorized_client, which comes with a 401', http401, ['unauthorized-client']],
    ['an unauthorized_client may be any 401', unauthorizedClient, ['http-401']],
    ['a 403 may be “Merchant Not Allowed”', http403, ['not-allowed']],
    ['a 404 may be errorCode 35, which comes with a 404', http404, ['error-35']],
    ['errorCode 35 is not a 401, although the 401 answer mentions it', error35, ['http-404']],
    ['a 500 is not a 400 that its text mentions', http500, []],
    ['error 81 shares only a status that neither is about', http400, []],
    ['an answer without symptoms has none', paymentsFail, []],
  ])('%s', (_case, question, expected) => {
    expect(findOtherCauses(question, all).map((other) => other.id)).toEqual(expected);
  });

  it('keeps the order of the candidates, up to the limit', () => {
    const more = [q('b', 'Why B?', [status(403, 'Forbidden')]), q('a', 'Why A?', [status(403, 'Forbidden')])];
    expect(findOtherCauses(http403, [...more, notAllowed], 2).map((other) => other.id)).toEqual(['b', 'a']);
  });
});
