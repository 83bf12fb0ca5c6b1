import { describe, expect, it } from 'vitest';
import { checklistAsText, checklistSignature, formatDoneParam, parseDoneParam, partProgress, restoreProgress } from './checklist';

describe('?done= in a shared link', () => {
  it.each([
    ['1,3', 5, [1, 3], []],
    ['1-3', 5, [1, 2, 3], []],
    ['3,1,1', 5, [1, 3], []],
    ['0,6,2', 5, [2], ['0', '6']],
    ['abc,2,<script>', 5, [2], ['abc', '<script>']],
    ['1-9', 5, [], ['1-9']],
    ['', 5, [], []],
    ['99999999999999999999', 5, [], ['99999999999999999999']],
  ])('%j of %i steps → done %j, rejected %j', (value, count, done, rejected) => {
    expect(parseDoneParam(value, count)).toEqual({ done, rejected });
  });

  it('writes runs as ranges and reads them back', () => {
    expect(formatDoneParam([5, 1, 2, 3, 7, 8])).toBe('1-3,5,7,8');
    expect(parseDoneParam(formatDoneParam([1, 2, 3, 5]), 6).done).toEqual([1, 2, 3, 5]);
  });
});

describe('saved progress', () => {
  const items = [{ n: 1, text: 'Check the keys' }, { n: 2, text: 'Check the MSN' }];
  const signature = checklistSignature(items);

  it('is restored when the steps are unchanged, dropping numbers that are no step', () => {
    expect(restoreProgress({ signature, done: [1, 7, 'x'] }, signature, 2)).toEqual({ done: [1] });
  });

  it('is reset when a step’s wording changed', () => {
    const changed = checklistSignature([{ n: 1, text: 'Check the API keys' }, items[1]!]);
    expect(changed).not.toBe(signature);
    expect(restoreProgress({ signature, done: [1] }, changed, 2)).toEqual({ reset: 'changed' });
  });

  it('ignores junk in storage', () => {
    expect(restoreProgress('nonsense', signature, 2)).toBeNull();
    expect(restoreProgress({ done: 'all' }, signature, 2)).toBeNull();
  });
});

it('copies as text for a ticket', () => {
  const text = checklistAsText('Why 401?', [{ n: 1, text: 'Keys' }, { n: 2, text: 'MSN' }], new Set([1]), 'https://x/q/a/?done=1');
  expect(text).toBe('Why 401?\n1 of 2 steps done\n[x] 1. Keys\n[ ] 2. MSN\nhttps://x/q/a/?done=1');
});

describe('a checklist of several parts (alternative procedures)', () => {
  const items = [1, 2, 3, 4, 5].map((n) => ({ n, text: `Step ${n}` }));
  const parts = [
    { label: 'If you use the API', from: 1, to: 3 },
    { label: 'If you use the portal', from: 4, to: 5 },
  ];

  it('counts progress per part, in the answer’s numbering', () => {
    expect(partProgress(parts, new Set([2, 3, 5]))).toEqual([
      { label: 'If you use the API', from: 1, to: 3, done: 2, total: 3 },
      { label: 'If you use the portal', from: 4, to: 5, done: 1, total: 2 },
    ]);
  });

  it('copies each part under its label, with the numbers the page shows', () => {
    expect(checklistAsText('Charged twice?', items, new Set([2, 4]), 'https://x/q/a/?done=2,4', parts)).toBe(
      [
        'Charged twice?',
        '2 of 5 steps done',
        '',
        'If you use the API (1 of 3 done):',
        '[ ] 1. Step 1',
        '[x] 2. Step 2',
        '[ ] 3. Step 3',
        '',
        'If you use the portal (1 of 2 done):',
        '[x] 4. Step 4',
        '[ ] 5. Step 5',
        '',
        'https://x/q/a/?done=2,4',
      ].join('\n'),
    );
  });

  it('keeps ?done= in global step numbers: a step of the second part is its number on the page', () => {
    expect(formatDoneParam([4, 5])).toBe('4,5');
    expect(parseDoneParam('4-5', 5).done).toEqual([4, 5]);
  });
});
