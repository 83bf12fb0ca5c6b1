import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
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

  it('throws every problem of content with errors, and recovers when they are fixed', () => {
    const dir = copy();
    const getSite = createSiteReader(dir);
    const glossary = join(dir, 'synonyms.yaml');
    writeFileSync(glossary, '- [refund, money back\n');
    expect(() => getSite()).toThrow(ContentError);
    expect(() => getSite()).toThrow(/synonyms\.yaml:1:3  error  Cannot read YAML/);
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
      `${relative(ROOT, dir)}/faq/faq.md:5:1  error  Published question id \`#why-does-capture-fail\` is gone, and this heading (now \`#why-does-capture-fail-really\`) looks like its new wording; keep the links already sent working: pin the old id (\`### Why does capture fail, really? {#why-does-capture-fail}\`) or add \`why-does-capture-fail: why-does-capture-fail-really\` to content/redirects.yaml  [published-id-gone]`,
    );
    expect(result.status).toBe(1);
  });
});
