import { describe, expect, it } from 'vitest';
import { fold, rangesOf, splitHighlights } from './highlight';

describe('splitHighlights', () => {
  it('marks the ranges, in any order', () => {
    expect(splitHighlights('HTTP 401 Unauthorized', [[9, 21], [5, 8]])).toEqual([
      { text: 'HTTP ', marked: false },
      { text: '401', marked: true },
      { text: ' ', marked: false },
      { text: 'Unauthorized', marked: true },
    ]);
  });

  it('skips overlapping, empty and out-of-range ranges', () => {
    expect(splitHighlights('abcdef', [[0, 3], [2, 4], [4, 4], [5, 99]])).toEqual([
      { text: 'abc', marked: true },
      { text: 'def', marked: false },
    ]);
  });

  it('keeps markup in the text as text', () => {
    expect(splitHighlights('<img src=x onerror=alert(1)>', [[1, 4]]).map((run) => run.text).join('')).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('rangesOf', () => {
  it('finds terms as word prefixes, ignoring case and accents', () => {
    expect(rangesOf('Refusjon: Når kan jeg refundere?', ['refus', 'nar'])).toEqual([[0, 5], [10, 13]]);
  });

  it('skips matches inside a word and terms shorter than two letters', () => {
    expect(rangesOf('prerefund refund', ['refund', 'r'])).toEqual([[10, 16]]);
  });
});

describe('fold', () => {
  it('keeps one unit per input unit, so ranges index the original text', () => {
    expect(fold('Blåbær ØL')).toBe('blabær øl');
    expect(fold('Blåbær ØL')).toHaveLength('Blåbær ØL'.length);
  });
});

describe('rangesOf phrases', () => {
  it('finds a phrase across any whitespace, and its words alone nowhere', () => {
    expect(rangesOf('Charged\ntwice? He was charged once.', ['charged twice'])).toEqual([[0, 13]]);
  });

  it('prefers the longer of two terms that start alike', () => {
    expect(rangesOf('paid twice', ['paid', 'paid twice'])).toEqual([[0, 10]]);
  });
});
