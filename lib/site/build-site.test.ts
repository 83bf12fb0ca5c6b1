import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, formatMessages, hasErrors } from '@/lib/content/report';
import { buildSite } from './build-site';
import { createSiteReader } from './get-site';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'lib', 'fixtures');
const FIXTURE = join(FIXTURES, 'a-broken-anchor-an-unknown-question-and-an-unclosed-glossary-group');
const CLEAN = join(ROOT, 'lib', 'wizard', 'fixtures', 'holdout-content');
const expected = readFileSync(join(FIXTURE, 'messages.txt'), 'utf8').trimEnd();

describe('buildSite', () => {
  it('reports problems of the FAQ, the troubleshooter and the glossary in one format, each where it is written', () => {
    const { files } = buildSite(FIXTURE, { cwd: FIXTURE });
    expect(formatMessages([...files], { minSeverity: 'warning' })).toBe(expected);
    expect(hasErrors([...files])).toBe(true);
  });

  it('says so when the content folder is not there, with how to start one', () => {
    const { files } = buildSite(join(ROOT, 'no-such-faq-folder'), { cwd: ROOT });
    expect(formatMessages([...files], { minSeverity: 'error' })).toBe(
      'no-such-faq-folder/faq:1:1  error  No content folder no-such-faq-folder: there is no such folder; name the one that holds faq/*.md (FAQ_CONTENT), or start it with npm run content:init -- no-such-faq-folder <your-faq.md>  [no-faq-files]',
    );
  });

  it('reads a clean folder without messages', () => {
    const site = buildSite(CLEAN);
    expect(formatMessages([...site.files], { minSeverity: 'warning' })).toBe('');
    expect(site.graph.questions.length).toBeGreaterThan(0);
    expect(site.troubleshooter.tree.root).toBe('start');
  });

  it('works each derived value out once: the same answer, map and search files every time they are asked for', () => {
    const site = buildSite(CLEAN);
    const id = site.graph.questions[0]!.id;
    expect(site.answer(id)).toBe(site.answer(id));
    expect(site.answer(id)!.summary()).toBe(site.answer(id)!.summary(160));
    expect(site.links).toBe(site.links);
    expect(site.troubleshooter).toBe(site.troubleshooter);
    expect(site.searchFiles).toBe(site.searchFiles);
    expect(site.answer('no-such-question')).toBeUndefined();
    expect(Object.isFrozen(site)).toBe(true);
  });
});

describe('a team\'s own content folder with a troubleshooter it wrote', () => {
  it('warns of a problem question the tree leaves out, naming the folder\'s own files and commands', () => {
    const parent = mkdtempSync(join(tmpdir(), 'faq-team-'));
    const dir = join(parent, 'our-faq');
    mkdirSync(join(dir, 'faq'), { recursive: true });
    mkdirSync(join(dir, 'wizard'));
    const tree = [
      'root: start',
      'nodes:',
      '  start:',
      '    prompt: What do you see?',
      '    options:',
      '      - label: Install fails',
      '        next: install-fails',
      '      - label: Something else',
      '        next: offline',
      '  install-fails:',
      '    question: why-does-install-fail-with-err_pkg_peer_dep_issues',
      '  offline:',
      '    question: does-install-work-offline',
    ].join('\n');
    cpSync(join(ROOT, 'lib', 'search', 'fixtures', 'package-manager-faq.md'), join(dir, 'faq', 'tool.md'));
    writeFileSync(join(dir, 'wizard', 'tree.yaml'), tree);
    try {
      const site = buildSite(dir, { cwd: parent });
      const warnings = formatMessages([...site.files], { minSeverity: 'warning' });
      expect(warnings).toContain(
        'our-faq/faq/tool.md:38:1  warning  `#why-was-my-pr-closed` is a problem no path of the troubleshooter reaches within 4 choices; add an answer node for it to our-faq/wizard/, or run `FAQ_CONTENT=our-faq npm run wizard:draft -- tool.md` and take what you need  [troubleshooter-unreached]',
      );
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});

describe('createSiteReader: one Site per state of the content', () => {
  const copy = () => {
    const dir = mkdtempSync(join(tmpdir(), 'site-'));
    cpSync(CLEAN, dir, { recursive: true });
    return dir;
  };

  it('gives the same object while the content is unchanged, and a new one with the edit after a file changes', () => {
    const dir = copy();
    const getSite = createSiteReader(dir);
    const first = getSite();
    expect(getSite()).toBe(first);
    const file = join(dir, 'faq', 'vipps-ecom-api-faq.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n## Is this a question added while the site runs?\n\nYes, and the next page view shows it.\n`);
    // Some file systems keep whole seconds: move the time on so the stamp surely changes.
    utimesSync(file, new Date(), new Date(Date.now() + 2000));
    const second = getSite();
    expect(second).not.toBe(first);
    expect(second.graph.questions.map((q) => q.title)).toContain('Is this a question added while the site runs?');
    expect(first.graph.questions.map((q) => q.title)).not.toContain('Is this a question added while the site runs?');
    expect(getSite()).toBe(second);
  });

  it('throws the errors of content with errors, and recovers when they are fixed', () => {
    const dir = copy();
    const getSite = createSiteReader(dir);
    const glossary = join(dir, 'synonyms.yaml');
    writeFileSync(glossary, '- [refund, money back\n');
    expect(() => getSite()).toThrow(ContentError);
    expect(() => getSite()).toThrow(/synonyms\.yaml:1:3  error  Cannot read YAML/);
    // The errors alone, and no file's whole text when a dev server prints the error.
    const error = (() => {
      try {
        getSite();
      } catch (thrown) {
        return thrown as ContentError;
      }
    })()!;
    expect(error.message).not.toMatch(/  (info|warning)  /);
    expect(Object.keys(error)).not.toContain('files');
    expect(error.files.length).toBeGreaterThan(1);
    writeFileSync(glossary, '- [refund, money back]\n');
    utimesSync(glossary, new Date(), new Date(Date.now() + 4000));
    expect(getSite().glossary.groups).toHaveLength(1);
  });
});

describe('npm run check:content', () => {
  const run = (...args: string[]) =>
    spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/check-content.ts', ...args, '--content', relative(ROOT, FIXTURE)], {
      cwd: ROOT,
      encoding: 'utf8',
    });
  const dir = relative(ROOT, FIXTURE);

  it('prints the same messages and fails', () => {
    const result = run();
    expect(result.stderr).toBe(`${expected.split('\n').map((line) => `${dir}/${line}`).join('\n')}\n\nThe content has errors; fix them and build again.\n`);
    expect(result.status).toBe(1);
  });

  it('with --verbose also says how each FAQ file was read', () => {
    expect(run('--verbose').stderr).toContain(`${dir}/faq/faq.md:1:1  info  Read as flat: 2 \`##\` questions (decided per section;`);
  });
});

describe('a published question reworded without a pinned id or a redirect', () => {
  it('fails the check at the reworded heading, naming both ways out', () => {
    const dir = join(FIXTURES, 'a-reworded-heading-without-a-pinned-id-or-a-redirect');
    const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/check-content.ts', '--content', relative(ROOT, dir)], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr).toContain(
      `${relative(ROOT, dir)}/faq/faq.md:5:1  error  Published question id \`#why-does-capture-fail\` is gone, and this heading (now \`#why-does-capture-fail-really\`) looks like its new wording; keep the links already sent working: pin the old id (\`### Why does capture fail, really? {#why-does-capture-fail}\`) or add \`why-does-capture-fail: why-does-capture-fail-really\` to ${relative(ROOT, dir)}/redirects.yaml  [published-id-gone]`,
    );
    expect(result.status).toBe(1);
  });
});

describe('a team that puts its own FAQ in place of the demo and keeps the demo\'s other files', () => {
  it('gets at most three errors, each naming the way out, and warnings for the settings that name the demo', () => {
    const dir = join(FIXTURES, 'a-team-faq-in-place-of-the-demo-with-the-demo-files-kept');
    const site = buildSite(dir, { cwd: dir });
    const errors = formatMessages([...site.files], { minSeverity: 'error' }).split('\n');
    expect(errors).toEqual([
      'published-ids.json:2:3  error  `vipps-ecom-api-faq.md` is gone, with the 79 questions the site published from it; bring the file back into faq/ to keep their links working, or accept that they are gone: FAQ_CONTENT=. npm run publish:ids -- --forget-document vipps-ecom-api-faq.md  [published-document-gone]',
      'wizard/tree.yaml:51:7  error  32 of the 32 answers of wizard/tree.yaml lead to questions no FAQ here has (such as `why-do-i-get-http-401-unauthorized`): it was written for another FAQ. Delete it to have the troubleshooter drafted from your FAQ, or write one from the draft: FAQ_CONTENT=. npm run wizard:draft -- pnpm.io.md  [troubleshooter-for-another-faq]',
    ]);
    const warnings = formatMessages([...site.files], { minSeverity: 'warning' }).split('\n').filter((line) => line.includes('  warning  '));
    expect(warnings).toEqual([
      'site.yaml:6:10  warning  `primary: vipps-ecom-api-faq.md` names no file in faq/, so the file that sorts first is primary; the documents are `pnpm.io.md`  [unknown-primary]',
      'site.yaml:16:3  warning  `vipps-ecom-api-faq.md` names no file in faq/, so its title is not used; the documents are `pnpm.io.md`  [unknown-document]',
    ]);
    // The demo's glossary is for the Vipps FAQs: it never reaches this site's search.
    expect(site.glossary.groups).toEqual([]);
    expect(site.graph.documents.map((document) => document.title)).toEqual(['pnpm FAQ']);
  });

  it('builds once the two ways out are taken: the demo ids forgotten and the tree deleted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'swap-'));
    cpSync(join(FIXTURES, 'a-team-faq-in-place-of-the-demo-with-the-demo-files-kept'), dir, { recursive: true });
    const publish = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/publish-ids.ts', '--content', dir, '--forget-document', 'vipps-ecom-api-faq.md'], { cwd: ROOT, encoding: 'utf8' });
    expect(publish.status).toBe(0);
    expect(Object.values(JSON.parse(readFileSync(join(dir, 'published-ids.json'), 'utf8')))).toEqual(Array(5).fill('pnpm.io.md'));
    rmSync(join(dir, 'wizard'), { recursive: true });
    const site = buildSite(dir);
    expect(site.hasErrors).toBe(false);
    expect(site.troubleshooter.tree.nodes[site.troubleshooter.tree.root]?.drafted).toBe(true);
  }, 30_000);
});
