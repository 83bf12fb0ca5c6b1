import { describe, expect, it } from 'vitest';
import { stem } from './stem';
import { wholeSource } from './search-source';
import { createTokenCache, FIELD_GAP } from './token-cache';
import { fixtureIndex, numberOf } from '../test-helpers';

const data = fixtureIndex();
const source = wholeSource(data);
const capture = numberOf(data, 'why-does-capture-fail');

describe('createTokenCache', () => {
  it('places each term of a question by field, fields far enough apart never to look adjacent', () => {
    const { positions } = createTokenCache(source).tokensOf(capture);
    // Title `Why does capture fail?`: `capture` is word 2; the category `Common problems` is field 2.
    expect(positions.get(stem('capture'))?.[0]).toBe(2);
    expect(positions.get(stem('problems'))).toEqual([2 * FIELD_GAP + 1]);
    expect(positions.get(stem('reserved'))?.every((p) => p > 3 * FIELD_GAP)).toBe(true);
    expect(positions.has('does')).toBe(false);
  });

  it('gives the title and answer tokens with offsets into their text', () => {
    const { title, body } = createTokenCache(source).tokensOf(capture);
    expect(title.map((token) => data.questions[capture]!.t.slice(token.start, token.end))).toEqual(['Why', 'does', 'capture', 'fail']);
    expect(body[0]?.folded).toBe('the');
  });

  it('keeps what it made, so a question is tokenised once while it is recent', () => {
    const cache = createTokenCache(source);
    expect(cache.tokensOf(capture)).toBe(cache.tokensOf(capture));
  });

  it('gives the title words a query word can match: no stopwords, no whole identifiers', () => {
    const words = createTokenCache(source).titleWordsOf(numberOf(data, 'why-do-i-get-unauthorized_client'));
    expect(words.map((token) => token.folded)).toEqual(['unauthorized', 'client']);
  });
});
