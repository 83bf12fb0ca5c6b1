/**
 * Page budgets: what the browser loads per route, how long the build takes,
 * and Lighthouse scores (desktop; `--mobile` for Lighthouse's default phone:
 * a Moto G Power on slow 4G with a 4× slower CPU).
 *
 * Inputs:  the static export in out/ (built here unless --no-build).
 * Outputs: a report on stdout. Nothing is written.
 * Order:   `npm run build` (timed, --builds N for a median) → sizes from out/
 *          → serve out/ on 127.0.0.1 → Lighthouse 12 desktop (or --mobile) on
 *          four pages (--runs N for medians; --no-lighthouse to skip).
 *
 * Bytes are what a first visit fetches for the page itself: the HTML, the
 * stylesheets it links and the scripts it loads, each gzipped (-9). Lazy
 * chunks (the search code, fetched on first focus) are not counted here;
 * `npm run bench:search` reports them.
 */
import { spawnSync } from 'node:child_process';
import { startStaticServer } from './static-server';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { basePath, withBasePath } from '../lib/base-path';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const builds = args.includes('--no-build') ? 0 : option('--builds', 1);
const runs = option('--runs', 1);
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

// 1. Build time.
const buildTimes: number[] = [];
for (let i = 0; i < builds; i++) {
  const start = performance.now();
  const result = spawnSync('npm', ['run', '-s', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error('npm run build failed');
  buildTimes.push((performance.now() - start) / 1000);
}
if (!existsSync(out)) throw new Error('out/ is missing: run without --no-build, or `npm run build` first.');

// 2. Bytes per route.
function assetsOf(htmlPath: string) {
  const html = readFileSync(htmlPath, 'utf8');
  // `noModule` scripts are legacy polyfills that modern browsers skip.
  const scripts = [...html.matchAll(/<script([^>]+)>/g)]
    .filter((m) => !/\bnomodule\b/i.test(m[1]!))
    .map((m) => /src="([^"]+)"/.exec(m[1]!)?.[1])
    .filter((src): src is string => src !== undefined);
  const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"|<link[^>]+href="([^"]+)"[^>]+rel="stylesheet"/g)].map((m) => (m[1] ?? m[2])!);
  const local = (url: string) => join(out, url.replace(/\?.*$/, '').slice(basePath.length));
  return { scripts: [...new Set(scripts)].map(local), styles: [...new Set(styles)].map(local) };
}

const table = routes.map(([name, path]) => {
  const htmlPath = path.endsWith('.html') ? join(out, path) : join(out, path, 'index.html');
  const { scripts, styles } = assetsOf(htmlPath);
  return { name, path, html: gz(htmlPath), css: styles.reduce((sum, f) => sum + gz(f), 0), js: scripts.reduce((sum, f) => sum + gz(f), 0), scripts };
});
const shared = table.map((row) => new Set(row.scripts)).reduce((a, b) => new Set([...a].filter((x) => b.has(x))));
const sharedJs = [...shared].reduce((sum, f) => sum + gz(f), 0);

console.log('Page weight, gzipped (first visit; lazy search code and index not included)\n');
console.log('route            HTML       CSS        JS         total      JS beyond the shared framework+layout');
for (const row of table) {
  const own = row.js - sharedJs;
  console.log(
    `${row.name.padEnd(16)} ${kb(row.html).padEnd(10)} ${kb(row.css).padEnd(10)} ${kb(row.js).padEnd(10)} ${kb(row.html + row.css + row.js).padEnd(10)} ${kb(own)}`,
  );
}
console.log(`\nShared JavaScript on every page (React, Next's router, the header search box): ${kb(sharedJs)} in ${shared.size} files.`);
console.log('Legacy polyfills (noModule) are not counted: modern browsers do not load them.');
if (buildTimes.length) console.log(`Build time (npm run build): median ${median(buildTimes).toFixed(1)} s over ${buildTimes.length} build(s).`);

// 3. Lighthouse, desktop or (--mobile) its default phone settings.
if (!args.includes('--no-lighthouse')) {
  const server = await startStaticServer('out', port);
  try {
    const { default: lighthouse } = await import('lighthouse');
    const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
    // No config is Lighthouse's mobile default: the figures PageSpeed Insights reports for phones.
    const config = mobile ? undefined : desktopConfig;
    const chromeLauncher = await import('chrome-launcher');
    const chromePath = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
    const chrome = await chromeLauncher.launch({
      chromePath,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    try {
      console.log(`\nLighthouse ${mobile ? 'mobile' : 'desktop'} scores (median of ${runs} run(s))\n`);
      console.log('page             performance  accessibility  best-practices  seo');
      for (const name of lighthousePages) {
        const path = routes.find(([n]) => n === name)![1];
        const scores: Record<string, number[]> = { performance: [], accessibility: [], 'best-practices': [], seo: [] };
        for (let i = 0; i < runs; i++) {
          const result = await lighthouse(`http://127.0.0.1:${port}${withBasePath(path)}`, { port: chrome.port, output: 'json', logLevel: 'error' }, config);
          // A run Lighthouse could not finish scores nothing: say why rather than print zeros.
          const error = result?.lhr.runtimeError;
          if (error) console.error(`  ${name}: Lighthouse could not score the page: ${error.code} ${error.message}`);
          for (const key of Object.keys(scores)) scores[key]!.push(Math.round((result?.lhr.categories[key]?.score ?? 0) * 100));
        }
        console.log(`${name.padEnd(16)} ${String(median(scores.performance!)).padEnd(12)} ${String(median(scores.accessibility!)).padEnd(14)} ${String(median(scores['best-practices']!)).padEnd(15)} ${median(scores.seo!)}`);
      }
    } finally {
      await chrome.kill();
    }
  } finally {
    await server.stop();
  }
}
