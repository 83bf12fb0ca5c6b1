import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { formatMessages } from '@/lib/content/report';
import { readSynonyms } from './synonyms';

/** The glossary's messages as `npm run check:content` prints them. */
function report(text: string): string {
  const file = new VFile({ path: 'content/synonyms.yaml', value: text });
  readSynonyms(file);
  return formatMessages([file]);
}

describe('readSynonyms messages', () => {
  it.each([
    ['- [refund, money back]\n- [lonely]\n', 'content/synonyms.yaml:2:3  error  A synonym group needs at least two phrases  [too-few-phrases]'],
    ['- refund: money back\n', 'content/synonyms.yaml:1:3  error  Expected a group (a list of phrases), found a mapping; write it as `- [phrase, other phrase]`  [invalid-shape]'],
    ['- [refund, [money back]]\n', 'content/synonyms.yaml:1:12  error  Expected a word or phrase; found an empty or nested entry  [invalid-shape]'],
    ['- [refund, the, money back]\n', 'content/synonyms.yaml:1:12  error  `the` has no searchable words (only stopwords or punctuation)  [no-searchable-words]'],
    ['- [refunds, money back, refund]\n', 'content/synonyms.yaml:1:25  error  `refund` repeats `refunds` in the same group; remove one  [repeated-phrase]'],
    ['refund: money back\n', 'content/synonyms.yaml:1:1  error  Expected a list of synonym groups, such as `- [refund, money back]`  [invalid-shape]'],
    ['- [refund, money back]\n- [paid twice, charged twice\n- [fee, gebyr]\n', 'content/synonyms.yaml:2:3  error  Cannot read YAML: the `[` here is never closed; close it with `]` where the list ends  [malformed-yaml]'],
  ])('%j', (text, message) => {
    expect(report(text)).toBe(message);
  });

  it('keeps the groups it could read', () => {
    const file = new VFile({ path: 'content/synonyms.yaml', value: '- [refund, money back]\n- [lonely]\n' });
    expect(readSynonyms(file).groups).toEqual([{ phrases: ['refund', 'money back'], line: 1 }]);
  });
});
