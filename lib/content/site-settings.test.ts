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
    expect(read('documentTitles:\n  vipps-ecom-faq.md: X\n').report).toBe('content/site.yaml:2:3  warning  `vipps-ecom-faq.md` names no file in faq/, so its title is not used; did you mean `vipps-ecom-api-faq.md`?  [unknown-document]');
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
    // A primary that names no file falls back to the file that sorts first: the site still builds.
    ['primary: vipps-ecom-faq.md\n', 'content/site.yaml:1:10  warning  `primary: vipps-ecom-faq.md` names no file in faq/, so the file that sorts first is primary; did you mean `vipps-ecom-api-faq.md`?  [unknown-primary]'],
    ['primery: vipps-ecom-api-faq.md\n', 'content/site.yaml:1:1  warning  Unknown site setting `primery`; did you mean `primary`? The settings are `name`, `title`, `tagline`, `description`, `url`, `basePath`, `logo`, `favicon`, `accent`, `footer`, `language`, `repository`, `editUrl`, `primary`, `documentTitles`  [unknown-site-setting]'],
    ['title:\n', 'content/site.yaml:1:1  error  `title` needs a text value, such as `title: …`  [malformed-site-settings]'],
    ['primary: [x\n', 'content/site.yaml:1:10  error  Cannot read YAML: the `[` here is never closed; close it with `]` where the list ends  [malformed-yaml]'],
  ])('%j', (yaml, report) => {
    expect(read(yaml).report).toBe(report);
  });
});

describe('the settings of a team\'s own site', () => {
  it('reads every setting that is right', () => {
    const yaml = [
      'name: Acme help',
      'tagline: Answers for Acme users',
      'url: https://help.acme.test/',
      'basePath: /faq/',
      'logo: images/logo.svg',
      'favicon: favicon.png',
      'accent: "#0a7d4f"',
      'footer:',
      '  - label: Status',
      '    url: https://status.acme.test',
      'language: nb',
      'repository: https://github.com/acme/help',
      'editUrl: https://github.com/acme/help/blob/main/faq/',
    ].join('\n');
    expect(read(yaml)).toEqual({
      settings: {
        name: 'Acme help',
        tagline: 'Answers for Acme users',
        url: 'https://help.acme.test',
        basePath: '/faq',
        logo: 'images/logo.svg',
        favicon: 'favicon.png',
        accent: '#0a7d4f',
        footer: [{ label: 'Status', url: 'https://status.acme.test' }],
        language: 'nb',
        repository: 'https://github.com/acme/help',
        editUrl: 'https://github.com/acme/help/blob/main/faq',
      },
      report: '',
    });
  });

  it.each([
    ['url: help.acme.test\n', 'content/site.yaml:1:6  error  `url` needs a web address that starts with https://  [malformed-site-settings]'],
    ['accent: green\n', 'content/site.yaml:1:9  error  `accent` needs a colour as `#rrggbb`, such as `#ff5b24`  [malformed-site-settings]'],
    ['logo: ../secrets/key.png\n', 'content/site.yaml:1:7  error  `logo` needs a file in the content folder, such as `logo.svg` (svg, png, ico, jpg or webp)  [malformed-site-settings]'],
    ['basePath: faq docs\n', 'content/site.yaml:1:11  error  `basePath` needs a path such as `/faq` (GitHub Pages serves a project at `/<repository>`)  [malformed-site-settings]'],
    ['language: English\n', 'content/site.yaml:1:11  error  `language` needs a language tag, such as `en` or `nb`  [malformed-site-settings]'],
    ['footer:\n  - label: Status\n', 'content/site.yaml:2:5  error  `footer.0.url` needs `label:` and `url:`  [malformed-site-settings]'],
    ['footer:\n  - label: Status\n    url: https://s.test\n    target: _blank\n', 'content/site.yaml:2:5  error  `footer.0` has unknown keys `target`; a footer link has `label:` and `url:`  [malformed-site-settings]'],
  ])('%j gets a message where the mistake is', (yaml, report) => {
    expect(read(yaml).report).toBe(report);
  });

  it('keeps the settings that are right when one is wrong', () => {
    expect(read('name: Acme help\naccent: green\n').settings).toEqual({ name: 'Acme help' });
  });
});
