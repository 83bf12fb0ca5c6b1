import { describe, expect, it } from 'vitest';
import { extractSymptoms, type SymptomSources } from './symptoms';

const none: SymptomSources = { title: '', titleCode: [], text: '', inlineCode: [], codeBlocks: [] };
const labels = (sources: Partial<SymptomSources>) => extractSymptoms({ ...none, ...sources }).map((s) => ('label' in s ? s.label : `${s.type}: ${s.text}`));

describe('extractSymptoms', () => {
  it.each<[string, Partial<SymptomSources>, string[]]>([
    ['an error code in a JSON body', { codeBlocks: [{ lang: 'json', value: '{ "errorCode": "Session-00100", "title": "Session expired or not known.", "status": 404 }' }] }, ['HTTP 404 Not Found', 'identifier: Session-00100', 'error-message: Session expired or not known']],
    ['an ERR_ constant in the answer text', { text: 'pnpm stops with ERR_PNPM_NO_MATCHING_VERSION when the range matches nothing.' }, ['identifier: ERR_PNPM_NO_MATCHING_VERSION']],
    ['a system error in a code span', { inlineCode: ['ENOENT'], text: 'If you see ENOENT, the folder is gone.' }, ['identifier: ENOENT']],
    ['an exception class', { title: 'Why do I get a NullPointerException on startup?' }, ['identifier: NullPointerException']],
    ['a process exit status', { text: 'The install exited with code 1 after the lockfile check.' }, ['identifier: exit code 1']],
    ['a snake_case error in a heading code span', { title: 'Why do I get invalid_client?', titleCode: ['invalid_client'] }, ['identifier: invalid_client']],
    ['an HTTP status and an error number', { title: 'Why do I get HTTP 401 Unauthorized?', text: 'With error 81 the user is not registered.' }, ['HTTP 401 Unauthorized', 'errorCode 81']],
    ['an error code of letters and digits in a heading', { title: 'Why does my backup fail with error E102?' }, ['identifier: E102']],
    ['an error name in camel case after a status', { text: 'S3 answers HTTP 403 Forbidden: AccessDenied when the key is read-only.' }, ['HTTP 403 Forbidden', 'identifier: AccessDenied']],
    ['a quoted message a heading asks the meaning of', { title: 'What does "checksum mismatch" mean?' }, ['error-message: checksum mismatch']],
  ])('reads %s', (_case, sources, expected) => {
    expect(labels(sources)).toEqual(expected);
  });

  it.each<[string, Partial<SymptomSources>]>([
    ['the product named in a heading code span', { title: 'pnpm does not work with <YOUR-PROJECT-HERE>', titleCode: ['pnpm', '<YOUR-PROJECT-HERE>'] }],
    ['a field to check in a heading code span', { title: 'Why do I not get the sub from details?', titleCode: ['sub'] }],
    ['a setting in the answer', { text: 'Set client_id and MERCHANT_SERIAL_NUMBER in the portal.', inlineCode: ['client_id'] }],
    ['an ordinary capitalised word', { text: 'Error handling is described in the API guide. TypeScript types are included.' }],
  ])('reads no symptom from %s', (_case, sources) => {
    expect(labels(sources)).toEqual([]);
  });
});

describe('extractSymptoms on an answer that lists error statuses', () => {
  it('reads `status code 401` in prose and `"status": 404` in a body, but not a success status', () => {
    const found = labels({
      text: 'Common errors include: Invalid credentials (status code 401). Missing fields (status code 400).',
      codeBlocks: [{ lang: 'json', value: '{ "status": 404 }' }, { lang: 'json', value: '{ "status": 200 }' }],
    });
    expect(found).toEqual(['HTTP 401 Unauthorized', 'HTTP 400 Bad Request', 'HTTP 404 Not Found']);
  });
});
