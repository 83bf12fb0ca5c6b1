import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '@/lib/site/build-site';
import { buildSearchFiles } from '@/lib/search/build/search-files';

const root = join(import.meta.dirname, '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const dirs: string[] = [];

/** A content folder holding only `faq/` with the given files: no glossary, no troubleshooter. */
function contentWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'faq-content-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'faq'));
  for (const [name, from] of Object.entries(files)) cpSync(join(root, from), join(dir, 'faq', name));
  return dir;
}

function search(args: string[], queries: string[], env: Record<string, string> = {}) {
  const run = spawnSync(tsx, [join(root, 'scripts', 'search-cli.ts'), ...args], {
    cwd: root,
    input: queries.join('\n') + '\n',
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, ...env },
  });
  return { status: run.status, stderr: run.stderr, lines: run.stdout.split('\n').filter(Boolean) };
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

// Each test starts the CLI in a process of its own, which takes seconds on a busy machine.
describe('npm run search -- --json --content <dir>', { timeout: 30_000 }, () => {
  it('searches an FAQ with no glossary entries in a content folder without a troubleshooter', () => {
    const dir = contentWith({ 'vipps-recurring-api-faq.md': 'e2e/fixtures/corpora/vipps-recurring-api-faq.md' });
    const { status, lines } = search(['--json', '--content', dir], ['card expired', 'merchant.not.allowed.for.recurring.operation']);
    expect(status).toBe(0);
    const [first, second] = lines.map((line) => JSON.parse(line) as { query: string; results: { id: string }[] });
    expect(first!.query).toBe('card expired');
    expect(first!.results[0]!.id).toBe('if-a-users-card-expires-what-happens-on-the-next-charge');
    expect(second!.results[0]!.id).toBe('why-do-i-get-the-error-merchantnotallowedforrecurringoperation');
  });

  it('gives the same results when the index is split into a core and shards, as a large FAQ is', () => {
    const dir = contentWith({ 'vipps-recurring-api-faq.md': 'e2e/fixtures/corpora/vipps-recurring-api-faq.md' });
    const queries = ['card expired', 'merchant.not.allowed.for.recurring.operation', 'how do we stop an agreement', 'chrage'];
    const whole = search(['--json', '--content', dir], queries);
    const split = search(['--json', '--content', dir], queries, { FAQ_SEARCH_SPLIT_ABOVE: '0' });
    expect(split.status).toBe(0);
    expect(split.lines).toEqual(whole.lines);
    expect(whole.lines).toHaveLength(4);
  });

  it('searches a built index with --index, reading its shards from disk beside it', () => {
    const dir = contentWith({ 'vipps-recurring-api-faq.md': 'e2e/fixtures/corpora/vipps-recurring-api-faq.md' });
    const out = join(dir, 'out');
    const files = buildSearchFiles(buildSite(dir).searchIndex, { splitAbove: 0 });
    for (const [path, json] of [['search-index.json', files.index], ...files.shards] as const) {
      mkdirSync(dirname(join(out, path)), { recursive: true });
      writeFileSync(join(out, path), JSON.stringify(json));
    }
    const built = search(['--json', '--index', join(out, 'search-index.json')], ['card expired']);
    expect(built.status).toBe(0);
    expect(built.lines).toEqual(search(['--json', '--content', dir], ['card expired']).lines);
  });

  it('names the identifiers no answer mentions, so its results read as partial matches', () => {
    const dir = contentWith({ 'package-manager-faq.md': 'lib/search/fixtures/package-manager-faq.md' });
    const { status, lines } = search(['--json', '--content', dir], ['ERR_PKG_NO_MATCHING_VERSION', 'ERR_PKG_PEER_DEP_ISSUES']);
    expect(status).toBe(0);
    const [absent, present] = lines.map((line) => JSON.parse(line) as { unmatched: string[]; results: { id: string }[] });
    expect(absent!.unmatched).toEqual(['ERR_PKG_NO_MATCHING_VERSION']);
    expect(absent!.results.length).toBeGreaterThan(0);
    expect(present!.unmatched).toEqual([]);
    expect(present!.results[0]!.id).toBe('why-does-install-fail-with-err_pkg_peer_dep_issues');
  });

  it('says what is wrong with a folder that has no FAQ', () => {
    const dir = mkdtempSync(join(tmpdir(), 'faq-content-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'synonyms.yaml'), '- [refund, money back]\n');
    const { status, stderr } = search(['--json', '--content', dir], ['refund']);
    expect(status).toBe(1);
    expect(stderr).toMatch(/faq:1:1  error  No FAQ files: put your FAQ's markdown files \(`\*\.md`\) in .*faq\/  \[no-faq-files\]/);
  });
});
