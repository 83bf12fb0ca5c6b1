import { describe, expect, it } from 'vitest';
import { resultHref } from './result-href';

describe('resultHref', () => {
  it('gives one hl per phrase or word to mark, and the step as the fragment', () => {
    expect(resultHref({ url: '/q/x/', terms: ['charged twice', 'refund'], step: 'step-2' })).toBe('/q/x/?hl=charged+twice&hl=refund#step-2');
    expect(resultHref({ url: '/q/x/', terms: [] })).toBe('/q/x/');
  });
});
