import { describe, expect, it } from 'vitest';
import { normalizePhrase } from '../engine/normalize';
import { findAbbreviations, longFormOf } from './abbreviations';

/** A pair as the index holds it: each phrase as its index terms. */
const pair = (short: string, long: string) => [normalizePhrase(short), normalizePhrase(long)];

describe('findAbbreviations', () => {
  it.each([
    ['the long form, then the short one in brackets', 'Find your Merchant Serial Number (MSN) in the portal.', [pair('MSN', 'Merchant Serial Number')]],
    ['the short form, then the long one', 'Every payment needs SCA (Strong Customer Authentication) now.', [pair('SCA', 'Strong Customer Authentication')]],
    ['a long form in lower case with small words in it', 'Open a pull request (PR) against main.', [pair('PR', 'pull request')]],
    ['only the words that spell it, not the whole clause', 'We support payments at the Point of Sale (POS) too.', [pair('POS', 'Point of Sale')]],
  ])('%s', (_, text, pairs) => {
    expect(findAbbreviations([text])).toEqual(pairs);
  });

  it.each([
    ['brackets with a word that is no short form', 'Refund the payment (partially) when needed.'],
    ['a short form whose letters the words before it do not spell', 'Send money to friends with Vennebetaling (P2P).'],
    ['an example in brackets', 'Use the test environment (MT) for this.'],
    ['one capital only', 'Set the flag (Yes) in the form.'],
  ])('ignores %s', (_, text) => {
    expect(findAbbreviations([text])).toEqual([]);
  });

  it('keeps each pair once, however often the FAQ defines it', () => {
    expect(findAbbreviations(['Merchant Serial Number (MSN).', 'MSN (Merchant Serial Number) again.'])).toHaveLength(1);
  });
});

describe('longFormOf', () => {
  it('takes the shortest run of words that spells the short form', () => {
    expect(longFormOf('KYC', 'we run checks to Know Your Customer')).toBe('Know Your Customer');
  });
});
