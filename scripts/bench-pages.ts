/**
 * Page budgets: what the browser loads per route, how long the build takes,
 * and Lighthouse scores (desktop; `--mobile` for Lighthouse's default phone:
 * a Moto G Power on slow 4G with a 4× slower CPU).
 *
 * Inputs:  the static export in out/ (built here unless --no-build); with
 *          `--against <git-ref | export folder>`, a second export to compare with.
 * Outputs: a report on stdout. Nothing in the working tree is written (a ref is
 *          built in a worktree of its own, .bench/<commit>/, kept for the next run).
 * Order:   `npm run build` (timed, --builds N for a median) → sizes from out/
 *          → serve out/ on 127.0.0.1 → Lighthouse 12 desktop (or --mobile) on
 *          four pages (--runs N for medians; --no-lighthouse to skip).
 *          With --against: the other export (a ref: `npm ci` and its own
 *          `npm run build` in its worktree) → sizes of both, side by side →
 *          both served → Lighthouse on the question page, the two builds'
 *          runs interleaved (--runs N each, default 3), each run's performance
 *          and total blocking time, medians and this build's ratio to the other.
 *
 * Bytes are what a first visit fetches for the page itself: the HTML, the
 * stylesheets it links and the scripts it loads, each gzipped (-9). Lazy
 * chunks (the search code, fetched on first focus) are not counted here;
 * `npm run bench:search` reports them.
 *
 * Interleaving is what makes the ratio fair on a shared machine: a burst of
 * load slows both builds' runs alike. The load average is printed before and
 * after the runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { basePath, withBasePath } from '../lib/base-path';
import { startStaticServer } from './static-server';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const against = (() => {
  const at = args.indexOf('--against');
  return at >= 0 ? args[at + 1] : undefined;
})();
const builds = args.includes('--no-build') ? 0 : option('--builds', 1);
const runs = option('--runs', against ? 3 : 1);
const port = option('--port', 4399);
const mobile = args.includes('--mobile');
const out = join(process.cwd(), 'out');

const routes: [name: string, path: string][] = [
  ['home', '/'],
  ['category', '/c/common-errors/'],
  ['question', '/q/why-do-i-get-http-401-unauthorized/'],
  ['search', '/search/'],
  ['wizard start', '/wizard/'],
  ['wizard answer', '/wizard/http-401-unauthorized/'],
  ['404', '/404.html'],
];
const lighthousePages = ['home', 'question', 'search', 'wizard answer'];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const load = () => loadavg().map((n) => n.toFixed(2)).join(' ');

// 1. Build time.
const buildTimes: number[] = [];
for (let i = 0; i < builds; i++) {
  const start = performance.now();
  const result = spawnSync('npm', ['run', '-s', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error('npm run build failed');
  buildTimes.push((performance.now() - start) / 1000);
}
if (!existsSync(out)) throw new Error('out/ is missing: run without --no-build, or `npm run build` first.');
const other = against === undefined ? undefined : exportOf(against);

// 2. Bytes per route.
const table = pageWeights(out);
console.log('Page weight, gzipped (first visit; lazy search code and index not included)\n');
console.log('route            HTML       CSS        JS         total      JS beyond the shared framework+layout');
for (const row of table.rows) {
  console.log(
    `${row.name.padEnd(16)} ${kb(row.html).padEnd(10)} ${kb(row.css).padEnd(10)} ${kb(row.js).padEnd(10)} ${kb(row.html + row.css + row.js).padEnd(10)} ${kb(row.js - table.sharedJs)}`,
  );
}
console.log(`\nShared JavaScript on every page (React, Next's router, the header search box): ${kb(table.sharedJs)} in ${table.sharedFiles} files.`);
console.log('Legacy polyfills (noModule) are not counted: modern browsers do not load them.');
if (buildTimes.length) console.log(`Build time (npm run build): median ${median(buildTimes).toFixed(1)} s over ${buildTimes.length} build(s).`);

if (other) {
  const theirs = pageWeights(other.dir);
  console.log(`\nThis build beside ${other.name}, gzipped JS and HTML per route (ratio: this / ${other.name})\n`);
  console.log(`route            JS this    JS other   ratio   HTML this  HTML other ratio`);
  for (const row of table.rows) {
    const them = theirs.rows.find((r) => r.name === row.name);
    if (!them) continue;
    console.log(
      `${row.name.padEnd(16)} ${kb(row.js).padEnd(10)} ${kb(them.js).padEnd(10)} ${(row.js / them.js).toFixed(2).padEnd(7)} ${kb(row.html).padEnd(10)} ${kb(them.html).padEnd(10)} ${(row.html / them.html).toFixed(2)}`,
    );
  }
}

// 3. Lighthouse, desktop or (--mobile) its default phone settings.
if (!args.includes('--no-lighthouse')) {
  const { default: lighthouse } = await import('lighthouse');
  const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
  // No config is Lighthouse's mobile default: the figures PageSpeed Insights reports for phones.
  const config = mobile ? undefined : desktopConfig;
  const chromeLauncher = await import('chrome-launcher');
  const chromePath = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const servers = [await startStaticServer('out', port)];
  if (other) servers.push(await startStaticServer(other.dir, port + 1));
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  /** One Lighthouse run: every category's score (0–100) and the total blocking time in ms. */
  const audit = async (origin: string, path: string, name: string) => {
    const result = await lighthouse(`${origin}${withBasePath(path)}`, { port: chrome.port, output: 'json', logLevel: 'error' }, config);
    // A run Lighthouse could not finish scores nothing: say why rather than print zeros.
    const error = result?.lhr.runtimeError;
    if (error) console.error(`  ${name}: Lighthouse could not score the page: ${error.code} ${error.message}`);
    const score = (key: string) => Math.round((result?.lhr.categories[key]?.score ?? 0) * 100);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
      tbt: Math.round(result?.lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN),
    };
  };
  try {
    if (other) {
      const path = routes.find(([n]) => n === 'question')![1];
      console.log(`\nLighthouse ${mobile ? 'mobile' : 'desktop'}, ${path}: this build and ${other.name}, ${runs} run(s) each, interleaved`);
      console.log(`Load average (1, 5, 15 min) before: ${load()}\n`);
      console.log('run  build            performance  TBT (ms)');
      const mine: { performance: number; tbt: number }[] = [];
      const theirs: { performance: number; tbt: number }[] = [];
      for (let i = 0; i < runs; i++) {
        // Alternate which goes first, so neither build always runs on a warmer (or busier) machine.
        const order = i % 2 === 0 ? (['this', 'other'] as const) : (['other', 'this'] as const);
        for (const which of order) {
          const result = await audit(servers[which === 'this' ? 0 : 1]!.origin, path, which);
          (which === 'this' ? mine : theirs).push(result);
          console.log(`${String(i + 1).padEnd(4)} ${(which === 'this' ? 'this' : other.name).padEnd(16)} ${String(result.performance).padEnd(12)} ${result.tbt}`);
        }
      }
      const summary = (label: string, pick: (r: { performance: number; tbt: number }) => number) => {
        const a = median(mine.map(pick));
        const b = median(theirs.map(pick));
        console.log(`${label.padEnd(24)} ${String(a).padEnd(10)} ${String(b).padEnd(16)} ${(a / b).toFixed(2)}`);
      };
      console.log(`\nmedian                   this       ${other.name.padEnd(16)} ratio (this / other)`);
      summary('performance', (r) => r.performance);
      summary('total blocking time (ms)', (r) => r.tbt);
      console.log(`\nLoad average (1, 5, 15 min) after: ${load()}`);
    } else {
      console.log(`\nLighthouse ${mobile ? 'mobile' : 'desktop'} scores (median of ${runs} run(s))\n`);
      console.log('page             performance  accessibility  best-practices  seo');
      for (const name of lighthousePages) {
        const path = routes.find(([n]) => n === name)![1];
        const scores: Record<string, number[]> = { performance: [], accessibility: [], 'best-practices': [], seo: [] };
        for (let i = 0; i < runs; i++) {
          const result = await audit(servers[0]!.origin, path, name);
          for (const key of Object.keys(scores)) scores[key]!.push(result[key as keyof typeof result]);
        }
        console.log(`${name.padEnd(16)} ${String(median(scores.performance!)).padEnd(12)} ${String(median(scores.accessibility!)).padEnd(14)} ${String(median(scores['best-practices']!)).padEnd(15)} ${median(scores.seo!)}`);
      }
    }
  } finally {
    await chrome.kill();
    for (const server of servers) await server.stop();
  }
}

/** The gzipped bytes a first visit fetches per route of an export, and the scripts every route shares. */
function pageWeights(dir: string) {
  const rows = routes.map(([name, path]) => {
    const htmlPath = path.endsWith('.html') ? join(dir, path) : join(dir, path, 'index.html');
    const { scripts, styles } = assetsOf(dir, htmlPath);
    return { name, path, html: gz(htmlPath), css: styles.reduce((sum, f) => sum + gz(f), 0), js: scripts.reduce((sum, f) => sum + gz(f), 0), scripts };
  });
  const shared = rows.map((row) => new Set(row.scripts)).reduce((a, b) => new Set([...a].filter((x) => b.has(x))));
  return { rows, sharedJs: [...shared].reduce((sum, f) => sum + gz(f), 0), sharedFiles: shared.size };
}

function assetsOf(dir: string, htmlPath: string) {
  const html = readFileSync(htmlPath, 'utf8');
  // `noModule` scripts are legacy polyfills that modern browsers skip.
  const scripts = [...html.matchAll(/<script([^>]+)>/g)]
    .filter((m) => !/\bnomodule\b/i.test(m[1]!))
    .map((m) => /src="([^"]+)"/.exec(m[1]!)?.[1])
    .filter((src): src is string => src !== undefined);
  const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"|<link[^>]+href="([^"]+)"[^>]+rel="stylesheet"/g)].map((m) => (m[1] ?? m[2])!);
  const local = (url: string) => join(dir, url.replace(/\?.*$/, '').slice(basePath.length));
  return { scripts: [...new Set(scripts)].map(local), styles: [...new Set(styles)].map(local) };
}

/**
 * The export to compare with: a folder holding a static export as it is, or a git ref built in a
 * worktree of its own (.bench/<commit>) with its own dependencies (`npm ci`) and its own build command,
 * from its own content. A worktree whose export is there already is used again.
 */
function exportOf(target: string): { dir: string; name: string } {
  if (existsSync(join(target, 'index.html'))) return { dir: resolve(target), name: target.length <= 16 ? target : `…${target.slice(-15)}` };
  const commit = git(['rev-parse', '--verify', `${target}^{commit}`]);
  if (!commit) throw new Error(`--against ${target}: not an export folder (no index.html in it) nor a git ref`);
  const name = target.length <= 16 ? target : commit.slice(0, 7);
  const dir = resolve('.bench', commit.slice(0, 12));
  const exported = join(dir, 'out');
  if (existsSync(join(exported, 'index.html'))) {
    console.log(`Using the export of ${target} built before in ${exported}.`);
    return { dir: exported, name };
  }
  mkdirSync('.bench', { recursive: true });
  if (!existsSync(dir)) run('git', ['worktree', 'add', '--detach', dir, commit]);
  console.log(`Building ${target} (${commit.slice(0, 7)}) in ${dir}: npm ci, npm run build …`);
  // An older lock file may not list every platform's optional packages, which `npm ci` refuses: install from package.json then.
  if (!run('npm', ['ci', '--no-audit', '--no-fund'], dir, false)) {
    console.log(`npm ci refused ${target}'s lock file; installing with npm install instead.`);
    run('npm', ['install', '--no-audit', '--no-fund'], dir);
  }
  run('npm', ['run', 'build'], dir);
  return { dir: exported, name };
}

function git(gitArgs: string[]): string | undefined {
  const result = spawnSync('git', gitArgs, { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** Runs a command; the other build's own content and output folder, not this one's (FAQ_CONTENT, FAQ_OUT unset). */
function run(command: string, commandArgs: string[], cwd = process.cwd(), mustSucceed = true): boolean {
  const { FAQ_CONTENT: _content, FAQ_OUT: _out, ...env } = process.env;
  const result = spawnSync(command, commandArgs, { cwd, stdio: ['ignore', 'ignore', mustSucceed ? 'inherit' : 'ignore'], env: { ...env, NEXT_TELEMETRY_DISABLED: '1', FAQ_QUIET: '1' } });
  if (result.status !== 0 && mustSucceed) throw new Error(`${command} ${commandArgs.join(' ')} failed in ${cwd}`);
  return result.status === 0;
}
