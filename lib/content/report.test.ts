import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { formatGithubAnnotations, formatMessages, reportOn } from './report';

function file(): VFile {
  const faq = new VFile({ path: 'content/faq/pnpm.md', value: '' });
  reportOn(faq, { line: 12, column: 5 }, 'Cannot find question `#why-does-it-fail`; did you mean `#why-does-install-fail`?', { ruleId: 'missing-anchor', source: 'faq' });
  reportOn(faq, { line: 3, column: 1 }, 'A heading with 50% of its words, a comma, and\na line break', { ruleId: 'empty-answer', source: 'faq', severity: 'warning' });
  reportOn(faq, { line: 1, column: 1 }, 'Read as flat', { ruleId: 'structure', source: 'faq', severity: 'info' });
  return faq;
}

describe('formatGithubAnnotations', () => {
  it('writes each message as an annotation on its line, with its rule as the title, escaped as GitHub reads it', () => {
    expect(formatGithubAnnotations([file()]).split('\n')).toEqual([
      '::notice file=content/faq/pnpm.md,line=1,col=1,title=structure::Read as flat',
      '::warning file=content/faq/pnpm.md,line=3,col=1,title=empty-answer::A heading with 50%25 of its words, a comma, and%0Aa line break',
      '::error file=content/faq/pnpm.md,line=12,col=5,title=missing-anchor::Cannot find question `#why-does-it-fail`; did you mean `#why-does-install-fail`?',
    ]);
  });

  it('leaves out notes unless asked, as the text format does', () => {
    expect(formatGithubAnnotations([file()], { minSeverity: 'warning' }).split('\n')).toHaveLength(2);
    expect(formatMessages([file()], { minSeverity: 'warning' })).not.toContain('  info  ');
  });
});
