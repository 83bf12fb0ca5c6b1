import { describe, expect, it } from 'vitest';
import { tokenize } from './normalize';
import { findQuantities, NUMBER_WITH_UNIT, quantityKeys } from './quantity';

describe('quantityKeys', () => {
  it.each([
    ['a reservation lasts 7 days for VISA', ['#day', '#duration']],
    ['refunds take 2-3 bank days', ['#day', '#duration']],
    ['within three weeks or 24 timer', ['#week', '#duration', '#hour']],
    ['more than 15 000 NOK in five days', ['#money', '#day', '#duration']],
    ['Day one of the week', []],
    ['HTTP 400 Bad Request', []],
  ])('%s → %j', (text, keys) => {
    expect(quantityKeys(tokenize(text))).toEqual(keys);
  });
});

describe('findQuantities', () => {
  it('gives the tokens of the number and the unit', () => {
    const tokens = tokenize('capture after 90 days');
    const [quantity] = findQuantities(tokens);
    expect([tokens[quantity!.number]!.folded, tokens[quantity!.unit]!.folded, quantity!.keys]).toEqual(['90', 'days', ['#day', '#duration']]);
  });
});

describe('NUMBER_WITH_UNIT', () => {
  it('tells what follows a quantity’s number from what follows a status or code', () => {
    expect(NUMBER_WITH_UNIT.test(' days after')).toBe(true);
    expect(NUMBER_WITH_UNIT.test(' NOK')).toBe(true);
    expect(NUMBER_WITH_UNIT.test(' Bad Request')).toBe(false);
  });
});
