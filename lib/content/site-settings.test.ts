import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { formatMessages } from './report';
import { parseSiteSettings } from './site-settings';

const documents = ['vipps-ecom-api-faq.md', 'vipps-recurring-api-faq.md'];
const read = (yaml: string) => {
  const file = new VFile({ path: 'content/site.yaml', value: yaml });
  return { settings: parseSiteSettings(file, documents), report: formatMessages([file]) };
};

describe('content/site.yaml', () => {
  it('reads titles for documents by file name, and names a file that is not there', () => {
    expect(read('documentTitles:\n  vipps-ecom-api-faq.md: Vipps eCom API FAQ\n').settings).toEqual({ documentTitles: { 'vipps-ecom-api-faq.md': 'Vipps eCom API FAQ' } });
    expect(read('documentTitles:\n  vipps-ecom-faq.md: X\n').report).toBe('content/site.yaml:2:3  error  `vipps-ecom-faq.md` names no file in content/faq; did you mean `vipps-ecom-api-faq.md`?  [unknown-document]');
  });

  it('reads the title and description', () => {
    expect(read('title: Payments help\ndescription: Answers for merchants.\n').settings).toEqual({ title: 'Payments help', description: 'Answers for merchants.' });
  });

  it('names the primary document, with or without its folder', () => {
    expect(read('primary: vipps-ecom-api-faq.md\n')).toEqual({ settings: { primary: 'vipps-ecom-api-faq.md' }, report: '' });
    expect(read('primary: faq/vipps-ecom-api-faq.md\n').settings).toEqual({ primary: 'vipps-ecom-api-faq.md' });
  });

  it.each([
    ['# only comments\n', ''],
    ['primary: vipps-ecom-faq.md\n', 'content/site.yaml:1:10  error  `primary: vipps-ecom-faq.md` names no file in content/faq; did you mean `vipps-ecom-api-faq.md`?  [unknown-primary]'],
    ['primery: vipps-ecom-api-faq.md\n', 'content/site.yaml:1:1  warning  Unknown site setting `primery`; did you mean `primary`? The settings are `primary`, `title`, `description`, `documentTitles`  [unknown-site-setting]'],
    ['title:\n', 'content/site.yaml:1:1  error  `title` needs a text value, such as `title: …`  [malformed-site-settings]'],
    ['primary: [x\n', 'content/site.yaml:1:10  error  Cannot read YAML: the `[` here is never closed; close it with `]` where the list ends  [malformed-yaml]'],
  ])('%j', (yaml, report) => {
    expect(read(yaml).report).toBe(report);
  });
});
