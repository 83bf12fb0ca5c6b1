import { describe, expect, it } from 'vitest';
import { heldTogether, PASSAGE } from './passage';
import { FIELD_GAP } from './token-cache';

const BODY = 3 * FIELD_GAP;

describe('heldTogether', () => {
  it('counts words of the title, and those of the answer’s best passage, as together; the rest as scattered', () => {
    const positions = new Map([
      ['refund', [2, BODY + 5]],
      ['bank', [BODY + 10]],
      ['day', [BODY + 12]],
      ['jacket', [BODY + 10 + PASSAGE * 4]],
    ]);
    expect(heldTogether(positions, [['refund'], ['bank'], ['day'], ['jacket']], [1, 1, 1, 2])).toEqual([true, true, true, false]);
  });

  it('picks the passage holding the most needed weight; prefixes and terms without a place count as together, nothing matched as not', () => {
    const positions = new Map([
      ['capture', [BODY + 1]],
      ['reserve', [BODY + 1 + PASSAGE * 2]],
      ['expire', [BODY + 3 + PASSAGE * 2]],
    ]);
    expect(heldTogether(positions, [['capture'], ['reserve'], ['expire'], ['refu*'], ['elsewhere'], []], [3, 1, 1, 1, 1, 1])).toEqual([true, false, false, true, true, false]);
    expect(heldTogether(positions, [['capture'], ['reserve'], ['expire']], [1, 1, 1])).toEqual([false, true, true]);
  });
});
