import { describe, expect, it } from 'vitest';
import { parseSynonyms } from './synonyms';

describe('parseSynonyms', () => {
  it('reads groups of phrases with their lines', () => {
    const glossary = parseSynonyms('# money\n- [refund, money back]\n- [paid twice, charged twice, paid double]\n');
    expect(glossary.groups).toEqual([
      { phrases: ['refund', 'money back'], line: 2 },
      { phrases: ['paid twice', 'charged twice', 'paid double'], line: 3 },
    ]);
  });

  it.each([
    ['a group with one phrase', '- [refund, money back]\n- [lonely]\n', 'content/synonyms.yaml:2:3  A synonym group needs at least two phrases'],
    ['a mapping instead of a group', '- [refund, money back]\n- refund: money back\n', 'content/synonyms.yaml:2:3  Expected a group (a list of phrases), found a mapping; write it as `- [phrase, other phrase]`'],
    ['a phrase of stopwords only', '- [refund, the]\n', 'content/synonyms.yaml:1:12  `the` has no searchable words (only stopwords or punctuation)'],
    ['a repeated phrase', '- [refunds, money back, refund]\n', 'content/synonyms.yaml:1:25  `refund` repeats `refunds` in the same group; remove one'],
    ['a root that is not a list', 'refund: money back\n', 'content/synonyms.yaml:1:1  Expected a list of synonym groups, such as `- [refund, money back]`'],
  ])('reports %s with file:line:column', (_, text, message) => {
    expect(() => parseSynonyms(text)).toThrow(message);
  });

  it('reports YAML syntax errors with their position', () => {
    expect(() => parseSynonyms('- [refund, money back\n', 'glossary.yaml')).toThrow(/^glossary\.yaml:\d+:\d+ {2}/);
  });
});
