import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from './check-content';
import { formatMessages, hasErrors } from './content/report';

const ROOT = join(import.meta.dirname, '..');
const FIXTURE = join(import.meta.dirname, 'fixtures', 'a-broken-anchor-an-unknown-question-and-an-unclosed-glossary-group');
const expected = readFileSync(join(FIXTURE, 'messages.txt'), 'utf8').trimEnd();

describe('checkContent', () => {
  it('reports problems of the FAQ, the troubleshooter and the glossary in one format, each where it is written', () => {
    const { files } = checkContent(FIXTURE, { cwd: FIXTURE });
    expect(formatMessages(files, { minSeverity: 'warning' })).toBe(expected);
    expect(hasErrors(files)).toBe(true);
  });

  it('reads a clean folder without messages', () => {
    const { files, graph, tree } = checkContent(join(import.meta.dirname, 'wizard', 'fixtures', 'holdout-content'));
    expect(formatMessages(files, { minSeverity: 'warning' })).toBe('');
    expect(graph.questions.length).toBeGreaterThan(0);
    expect(tree.root).toBe('start');
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
    const dir = join(import.meta.dirname, 'fixtures', 'a-reworded-heading-without-a-pinned-id-or-a-redirect');
    const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/check-content.ts', '--content', relative(ROOT, dir)], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr).toContain(
      `${relative(ROOT, dir)}/faq/faq.md:5:1  error  Published question id \`#why-does-capture-fail\` is gone, and this heading (now \`#why-does-capture-fail-really\`) looks like its new wording; keep the links already sent working: pin the old id (\`### Why does capture fail, really? {#why-does-capture-fail}\`) or add \`why-does-capture-fail: why-does-capture-fail-really\` to content/redirects.yaml  [published-id-gone]`,
    );
    expect(result.status).toBe(1);
  });
});
