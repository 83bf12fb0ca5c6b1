import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { formatMessages } from '@/lib/content/report';
import { glossaryFor, readSynonyms } from './synonyms';

/** The glossary's messages as `npm run check:content` prints them. */
function report(text: string): string {
  const file = new VFile({ path: 'content/synonyms.yaml', value: text });
  readSynonyms(file);
  return formatMessages([file]);
}

describe('readSynonyms messages', () => {
  it.each([
    ['- [refund, money back]\n- [lonely]\n', 'content/synonyms.yaml:2:3  error  A synonym group needs at least two phrases  [too-few-phrases]'],
    ['- refund: money back\n', 'content/synonyms.yaml:1:3  error  Expected a group (a list of phrases), found a mapping; write it as `- [phrase, other phrase]`, or `- documents: [file.md]` with `words: [phrase, other phrase]`  [invalid-shape]'],
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

describe('a glossary that belongs to its content', () => {
  const glossary = (text: string) => {
    const file = new VFile({ path: 'content/synonyms.yaml', value: text });
    return { glossary: readSynonyms(file), report: formatMessages([file]) };
  };

  it('names the documents of the whole file, or of one group, and a site of other documents does not use them', () => {
    const { glossary: read, report: messages } = glossary(
      'documents: [vipps-*.md]\ngroups:\n  - [refund, refusjon]\n  - documents: [pnpm.md]\n    words: [store, content-addressable store]\n  - [twice, double]\n',
    );
    expect(messages).toBe('');
    expect(read.groups.map((group) => [group.phrases[0], group.documents])).toEqual([
      ['refund', ['vipps-*.md']],
      ['store', ['pnpm.md']],
      ['twice', ['vipps-*.md']],
    ]);
    expect(glossaryFor(read, ['pnpm.md']).groups.map((group) => group.phrases[0])).toEqual(['store']);
    expect(glossaryFor(read, ['vipps-ecom-api-faq.md', 'README.md']).groups.map((group) => group.phrases[0])).toEqual(['refund', 'twice']);
    expect(glossaryFor(read, ['VIPPS-PSP.md']).groups).toHaveLength(2);
  });

  it('applies a group that names no document everywhere', () => {
    expect(glossaryFor(glossary('- [refund, money back]\n').glossary, ['anything.md']).groups).toHaveLength(1);
  });

  it.each([
    ['documents: vipps.md\ngroups: [[refund, money back]]\nextra: 1\n', 'content/synonyms.yaml:3:1  error  Unknown key `extra`; a glossary is a list of groups, or `documents:` and `groups:`  [invalid-shape]'],
    ['documents: [1, ""]\ngroups:\n  - [refund, money back]\n', 'content/synonyms.yaml:1:12  error  Expected `documents:` to list FAQ file names, such as `documents: [pnpm.md, *-faq.md]`  [invalid-shape]'],
  ])('%j', (text, expected) => {
    expect(glossary(text).report).toBe(expected);
  });
});
