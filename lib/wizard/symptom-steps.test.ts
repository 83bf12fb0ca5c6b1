import { describe, expect, it } from 'vitest';
import { createSymptomSteps } from './symptom-steps';
import type { WizardTree } from './types';

const answer = (id: string) => ({ type: 'answer' as const, id, question: id, checklist: [] });
const choice = (id: string, prompt: string, options: { label: string; next: string }[]) => ({ type: 'choice' as const, id, prompt, options });
const tree: WizardTree = {
  root: 'start',
  nodes: {
    start: choice('start', 'What do you see?', [
      { label: 'The API returns an HTTP error status such as 400, 401 Unauthorized or 403', next: 'http-status' },
      { label: 'An errorCode such as errorCode 35, 37 or 81, or unauthorized_client', next: 'api-error' },
    ]),
    'http-status': choice('http-status', 'Which status?', [
      { label: '401 Unauthorized', next: 'http-401' },
      { label: '403 Forbidden', next: 'http-403' },
    ]),
    'api-error': choice('api-error', 'Which error?', [
      { label: 'errorCode 35: Requested Order not found', next: 'error-35' },
      { label: 'Invalid MSN', next: 'invalid-msn' },
    ]),
    'http-401': answer('http-401'),
    'http-403': answer('http-403'),
    'error-35': answer('error-35'),
    'invalid-msn': answer('invalid-msn'),
  },
};

describe('the troubleshooter step for a symptom', () => {
  const stepFor = createSymptomSteps(tree);

  it.each([
    [{ type: 'http-status', code: 401, label: 'HTTP 401 Unauthorized' }, 'http-401'],
    [{ type: 'http-status', code: 400, label: 'HTTP 400 Bad Request' }, 'http-status'],
    [{ type: 'error-code', code: '35', label: 'errorCode 35' }, 'error-35'],
    [{ type: 'error-code', code: '81', label: 'errorCode 81' }, 'api-error'],
    [{ type: 'error-message', text: 'invalid msn' }, 'invalid-msn'],
    [{ type: 'identifier', text: 'unauthorized_client' }, 'api-error'],
  ] as const)('%j → %s', (symptom, node) => {
    expect(stepFor(symptom)).toBe(node);
  });

  it.each([
    [{ type: 'http-status', code: 429, label: 'HTTP 429 Too Many Requests' }],
    [{ type: 'error-code', code: '3', label: 'errorCode 3' }],
    [{ type: 'identifier', text: 'AADSTS700016' }],
  ] as const)('is none when no option names %j', (symptom) => {
    expect(stepFor(symptom)).toBeUndefined();
  });
});
