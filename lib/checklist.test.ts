import { describe, expect, it } from 'vitest';
import { checklistAsText, checklistSignature, formatDoneParam, parseDoneParam, restoreProgress } from './checklist';

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
