/**
 * Compares two static exports file by file, so a change that should not alter what the site serves
 * (a refactor) can show that it does not, and one that should shows exactly where.
 *
 * Usage:   npm run compare:out -- <before-out> <after-out>
 *          npm run compare:out -- --ref <git-ref> [--content <dir>]
 *            builds <git-ref> in a temporary worktree (.compare/<ref>) and the working tree (.compare/head),
 *            both from the same content folder (default `content`), then compares them.
 * Inputs:  two export folders (or a git ref and a content folder).
 * Outputs: one line per file that is only in one export or differs, with the first differing text;
 *          a summary; exit status 1 when anything differs.
 * What is the same: every file byte for byte after the names a build makes up are replaced by
 *          placeholders: the build id, hashed chunk names (`/_next/static/chunks/<hash>.js`), the numeric
 *          module ids in RSC payloads (`I[12345,…]`) and the CSP hashes in `_headers`. The code bundles
 *          themselves (`_next/static/**.js`, the widget's `embed.js` and `embed-search.js`) are left out:
 *          they change with any edit of the code. CSS is
 *          compared as one text (all stylesheets in name order, names dropped).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};

function main(): number {
  const ref = option('--ref');
  let before: string;
  let after: string;
  if (ref) {
    const content = resolve(option('--content') ?? 'content');
    before = buildRef(ref, content);
    after = buildHere(content);
  } else {
    const folders = args.filter((arg) => !arg.startsWith('--'));
    if (folders.length !== 2) {
      console.error('Usage: npm run compare:out -- <before-out> <after-out>   or   npm run compare:out -- --ref <git-ref> [--content <dir>]');
      return 2;
    }
    [before, after] = folders as [string, string];
  }
  const differences = compareExports(before, after);
  for (const line of differences.lines) console.log(line);
  console.log(`\n${differences.compared} files compared: ${differences.lines.length === 0 ? 'no differences' : `${differences.lines.length} differ`} (${before} → ${after})`);
  return differences.lines.length === 0 ? 0 : 1;
}

/** Builds a git ref's site from `content` in a worktree of its own, and returns its export folder. */
function buildRef(ref: string, content: string): string {
  const dir = resolve('.compare', ref.replace(/[^\w.-]/g, '_'));
  if (existsSync(dir)) spawnSync('git', ['worktree', 'remove', '--force', dir], { stdio: 'inherit' });
  rmSync(dir, { recursive: true, force: true });
  mkdirSync('.compare', { recursive: true });
  run('git', ['worktree', 'add', '--detach', dir, ref]);
  run('cp', ['-al', resolve('node_modules'), join(dir, 'node_modules')]);
  const out = join('.compare', 'out-before');
  run('npm', ['run', 'build'], dir, { FAQ_CONTENT: content, FAQ_OUT: out });
  return join(dir, out);
}

function buildHere(content: string): string {
  const out = join('.compare', 'out-after');
  rmSync('.next', { recursive: true, force: true });
  run('npm', ['run', 'build'], process.cwd(), { FAQ_CONTENT: content, FAQ_OUT: out });
  return out;
}

function run(command: string, commandArgs: string[], cwd = process.cwd(), env: Record<string, string> = {}): void {
  const result = spawnSync(command, commandArgs, { cwd, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', FAQ_QUIET: '1', ...env } });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed in ${cwd}`);
}

export interface ExportDifferences {
  compared: number;
  /** `only in before: path`, `only in after: path` or `differs: path: …`, in path order. */
  lines: string[];
}

/** Compares two export folders as the header describes. */
export function compareExports(before: string, after: string): ExportDifferences {
  const a = readExport(before);
  const b = readExport(after);
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  const lines: string[] = [];
  for (const path of paths) {
    const left = a.get(path);
    const right = b.get(path);
    if (left === undefined) lines.push(`only in after:  ${path}`);
    else if (right === undefined) lines.push(`only in before: ${path}`);
    else if (left !== right) lines.push(`differs: ${path}: ${firstDifference(left, right)}`);
  }
  return { compared: paths.length, lines };
}

/** Every compared file of an export, normalised, by path; all stylesheets as one entry. */
function readExport(root: string): Map<string, string> {
  const staticDir = join(root, '_next', 'static');
  const buildIds = existsSync(staticDir) ? readdirSync(staticDir).filter((name) => !['chunks', 'media', 'css', 'js'].includes(name)) : [];
  const files = new Map<string, string>();
  const styles: string[] = [];
  for (const path of walk(root)) {
    const rel = relative(root, path).split('\\').join('/');
    if (rel.startsWith('_next/static/')) {
      if (rel.endsWith('.css')) styles.push(rel);
      continue;
    }
    if (WIDGET_CODE.includes(rel)) continue;
    const buffer = readFileSync(path);
    files.set(rel, isText(rel) ? normalise(buffer.toString('utf8'), buildIds, rel) : buffer.toString('base64'));
  }
  if (styles.length > 0) files.set('_next/static/**.css', styles.sort().map((rel) => readFileSync(join(root, rel), 'utf8')).join('\n'));
  return files;
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** The embeddable widget's bundles (scripts/build-embed.ts): code, like `_next/static`. */
const WIDGET_CODE = ['embed.js', 'embed-search.js'];

const isText = (path: string) => /\.(html|txt|json|xml|svg|js|css|webmanifest)$|(^|\/)_headers$/.test(path);

/** Replaces what a build makes up (see the header) with placeholders. */
export function normalise(text: string, buildIds: readonly string[], path = ''): string {
  let result = text;
  for (const id of buildIds) result = result.split(id).join('<build-id>');
  result = result.replace(/(static\/chunks\/)[\w.~-]+?\.(js|css)/g, '$1<chunk>.$2').replace(/\bI\[\d+,/g, 'I[<module>,');
  if (path.endsWith('_headers')) result = result.replace(/'sha256-[A-Za-z0-9+/=]+'/g, "'sha256-<hash>'");
  return result;
}

/** Where two texts part, with a little of each. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 40);
  const show = (text: string) => JSON.stringify(text.slice(from, i + 80));
  return `at ${i}: ${show(a)} → ${show(b)}`;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) process.exit(main());
