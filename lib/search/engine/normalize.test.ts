import { describe, expect, it } from 'vitest';
import { editDistance } from './fuzzy';
import { fold, normalizePhrase, tokenize } from './normalize';
import { stem } from './stem';

describe('fold', () => {
  it.each([
    ['Brønnøysund', 'bronnoysund'],
    ['Forbrukerkjøpsloven', 'forbrukerkjopsloven'],
    ['på', 'pa'],
    ['Ærlig', 'aerlig'],
  ])('%s → %s', (input, output) => expect(fold(input)).toBe(output));
});

describe('stem', () => {
  it.each([
    ['refunds', 'refund'],
    ['refunded', 'refund'],
    ['refunding', 'refund'],
    ['captured', stem('capture')],
    ['capturing', stem('capture')],
    ['organisation', stem('organization')],
    ['reservation', stem('reserved')],
    ['expiration', stem('expires')],
    ['activated', stem('activation')],
    ['unauthorised', stem('unauthorized')],
    ['shipping', 'ship'],
    ['401', '401'],
    ['paid', 'pay'],
    ['sent', stem('send')],
    ['taken', stem('take')],
    ['found', 'found'],
  ])('%s → %s', (input, output) => expect(stem(input)).toBe(output));
});

describe('tokenize', () => {
  it('reads a negated contraction as the word typed without its apostrophe, spanning the whole word', () => {
    const text = 'I can’t capture, it won\'t work';
    const tokens = tokenize(text).filter((token) => !token.stop);
    expect(tokens.map((token) => token.term)).toEqual(['cant', stem('capture'), 'wont', 'work']);
    expect(text.slice(tokens[0]!.start, tokens[0]!.end)).toBe('can’t');
    expect(normalizePhrase("customer's order")).toBe('customer order');
  });

  it('keeps an identifier whole and splits it into parts', () => {
    const terms = tokenize('skipLandingPage and unauthorized_client').filter((t) => !t.stop).map((t) => t.folded);
    expect(terms).toEqual(['skiplandingpage', 'skip', 'landing', 'page', 'unauthorizedclient', 'unauthorized', 'client']);
  });

  it('gives offsets into the original text', () => {
    const text = 'Why does capture fail?';
    const token = tokenize(text).find((t) => t.folded === 'capture')!;
    expect(text.slice(token.start, token.end)).toBe('capture');
  });

  it('drops stopwords from phrases', () => {
    expect(normalizePhrase('Give the money back')).toBe(`${stem('give')} money back`);
  });
});

describe('editDistance', () => {
  it.each([
    ['captrue', 'capture', 1],
    ['refnud', 'refund', 1],
    ['unathorized', 'unauthorized', 1],
    ['refund', 'refund', 0],
    ['abc', 'xyz', 2],
  ])('%s ↔ %s is %i (capped at max + 1 = 2)', (a, b, distance) => expect(editDistance(a, b, 1)).toBe(distance));
});
