/**
 * How cost grows with content: builds whole sites of 79 (the eCom FAQ), 1,000 and 10,000 questions in
 * one run and prints, per size, build time by phase and peak memory, output size, page weights, and
 * what a browser fetches and waits for when it searches.
 *
 * Usage:   npm run bench:scale [-- --questions 10000] [-- --sizes 79,1000,10000] [-- --port 4391]
 *            [-- --per-document 10000 --categories-per-document 1400]
 *          `--questions N` adds N to the sizes; `--sizes` replaces them. 79 means content/ as it is.
 *          `--per-document` and `--categories-per-document` shape the generated FAQs (default 250 and
 *          10: documents of 250 questions in 10 categories); one document of 1,400 categories makes
 *          the longest listings a site can have.
 * Inputs:  content/ for 79; otherwise a generated FAQ site (scripts/generate-faq-markdown.ts,
 *          deterministic) written to .scale/content-N.
 * Outputs: the static export of each size in .scale/out-N (kept, to look at), and the table on stdout.
 *          .next/ is removed before each build, so every build is a clean one.
 * Order:   per size: content → clean build, phase by phase (the steps of `npm run build`, read
 *          from package.json) while sampling the memory of the whole process tree → sizes from .scale/out-N →
 *          serve it on 127.0.0.1, over HTTP/1.1 as `npm run serve` does and over HTTP/2 with TLS as a
 *          CDN does (a self-signed certificate made with openssl in .scale/tls), and search in Chromium.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { BUILD_STEPS } from './build-steps';
import { writeFaqSite } from './generate-faq-markdown';
import { startStaticServer } from './static-server';

const PROTOCOLS = ['HTTP/1.1', 'h2'] as const;
type Protocol = (typeof PROTOCOLS)[number];

interface BrowserSearch {
  searchFirst: number;
  searchMore: number;
  firstResultsAfterIndex: number;
  queryLatency: number;
}

const args = process.argv.slice(2);
const value = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const sizes = (value('--sizes')?.split(',').map(Number) ?? [79, 1000, 10_000, ...(value('--questions') ? [Number(value('--questions'))] : [])])
  .filter((n, i, all) => Number.isInteger(n) && n > 0 && all.indexOf(n) === i)
  .sort((a, b) => a - b);
const port = Number(value('--port') ?? 4391);
const number = (name: string) => (value(name) === undefined ? undefined : Number(value(name)));
const chromePath = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const QUERIES = ['why does capture fail', 'refund', 'HTTP 401', 'cancel order in production'];

interface Row {
  questions: number;
  phases: Record<string, number>;
  peakMemory: number;
  outBytes: number;
  questionFolder: { mean: number; max: number };
  largest: { path: string; bytes: number; gzip: number };
  home: number;
  category: number;
  map: number;
  /** Page 2 of the map's list of categories, when it has one. */
  map2?: number;
  /** The largest document page, and the largest page 2 of one, when a document has one. */
  document: number;
  document2?: number;
  /** What a browser fetches and waits for over HTTP/1.1 (`npm run serve`) and over HTTP/2 (a CDN). */
  search: Record<Protocol, BrowserSearch>;
}


/** The steps of `npm run build` (scripts/build-steps.ts), so the benchmark builds exactly what a user builds, phase by phase. */
function buildSteps(): [phase: string, command: string[]][] {
  return BUILD_STEPS.map((step) => [step.phase, [join('node_modules/.bin', step.command), ...step.args]]);
}

/** Runs a command, timing it and sampling the summed memory (RSS) of it and all its children. */
function timed(command: string, commandArgs: readonly string[], env: NodeJS.ProcessEnv): Promise<{ status: number; seconds: number; peakBytes: number }> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(command, commandArgs, { env, stdio: ['ignore', 'ignore', 'inherit'] });
    let peakBytes = 0;
    const sample = setInterval(() => {
      peakBytes = Math.max(peakBytes, treeMemory(child.pid!));
    }, 200);
    child.on('exit', (status) => {
      clearInterval(sample);
      resolve({ status: status ?? 1, seconds: (performance.now() - start) / 1000, peakBytes });
    });
  });
}

/** Resident memory of a process and its descendants, from /proc (0 where /proc is missing). */
function treeMemory(pid: number): number {
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    const children = readdirSync(`/proc/${pid}/task`).flatMap((task) => readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
    return pages * 4096 + children.reduce((sum, child) => sum + treeMemory(child), 0);
  } catch {
    return 0;
  }
}

function measureOutput(out: string) {
  let outBytes = 0;
  let largest = { path: '', bytes: 0, gzip: 0 };
  const walk = (dir: string): number => {
    let total = 0;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) total += walk(path);
      else {
        const bytes = statSync(path).size;
        total += bytes;
        if (entry.name.endsWith('.html') && bytes > largest.bytes) largest = { path, bytes, gzip: 0 };
      }
    }
    return total;
  };
  outBytes = walk(out);
  largest.gzip = gz(largest.path);
  const questionDirs = readdirSync(join(out, 'q')).map((id) => join(out, 'q', id));
  const folderBytes = questionDirs.map((dir) => readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0));
  const categoryPages = readdirSync(join(out, 'c')).map((id) => join(out, 'c', id, 'index.html')).filter(existsSync);
  const documents = readdirSync(join(out, 'd')).map((id) => join(out, 'd', id));
  const heaviest = (paths: string[]) => (paths.length > 0 ? Math.max(...paths.map(gz)) : undefined);
  const map2 = join(out, 'map', 'page', '2', 'index.html');
  return {
    outBytes,
    questionFolder: { mean: folderBytes.reduce((a, b) => a + b, 0) / folderBytes.length, max: Math.max(...folderBytes) },
    largest: { ...largest, path: largest.path.slice(out.length) },
    home: gz(join(out, 'index.html')),
    category: Math.max(...categoryPages.map(gz)),
    map: gz(join(out, 'map', 'index.html')),
    ...(existsSync(map2) ? { map2: gz(map2) } : {}),
    document: heaviest(documents.map((dir) => join(dir, 'index.html')).filter(existsSync)) ?? 0,
    ...optional('document2', heaviest(documents.map((dir) => join(dir, 'page', '2', 'index.html')).filter(existsSync))),
  };
}

/**
 * Serves the export and searches as a reader does: focus the home page's search box, type a query,
 * wait for results; then three more queries. Counts the bytes of every search request (index files and
 * the search code, as transferred, gzipped by the server) and times, in the page, the first results
 * after both the keystroke and the index arrived, and each later query from keystroke to results.
 */
async function measureInBrowser(out: string, protocol: Protocol): Promise<BrowserSearch> {
  const server = await startStaticServer(out, port, protocol === 'h2' ? { tls: selfSignedCertificate() } : {});
  const browser = await chromium.launch({
    executablePath: chromePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage', ...(protocol === 'h2' ? ['--ignore-certificate-errors'] : [])],
  });
  try {
    const page = await browser.newPage();
    // Search traffic: the index files, and the scripts fetched after the page loaded (the search code is a
    // lazy chunk). The index may load when the browser is idle, before anyone types: it still counts.
    const fetched: { url: string; bytes: number; at: number }[] = [];
    let loaded = Infinity;
    page.on('load', () => (loaded = performance.now()));
    page.on('requestfinished', async (request) => {
      const url = request.url();
      const lazyScript = /\/_next\/static\/chunks\/.*\.js$/.test(url) && performance.now() > loaded;
      if (!/search-index|search-core|search-shard/.test(url) && !lazyScript) return;
      const sizes = await request.sizes().catch(() => undefined);
      fetched.push({ url, bytes: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0, at: performance.now() });
    });
    await page.goto(`${server.origin}/`, { waitUntil: 'networkidle' });
    const box = page.locator('main').getByRole('combobox').first();
    const times: number[] = [];
    let firstResultsAfterIndex = 0;
    for (const [i, query] of QUERIES.entries()) {
      await box.click();
      const timing = (await page.evaluate(`(${TIME_QUERY})(${JSON.stringify({ query, first: i === 0 })})`)) as { total: number; afterIndex: number };
      if (i === 0) firstResultsAfterIndex = timing.afterIndex;
      else times.push(timing.total);
      await page.waitForTimeout(300);
      if (i === 0) fetched.push({ url: '— first query done —', bytes: 0, at: performance.now() });
    }
    await page.waitForLoadState('networkidle');
    const marker = fetched.findIndex((entry) => entry.url.startsWith('—'));
    const sum = (list: typeof fetched) => list.reduce((total, entry) => total + entry.bytes, 0);
    return {
      searchFirst: sum(fetched.slice(0, marker)),
      searchMore: sum(fetched.slice(marker + 1)),
      firstResultsAfterIndex,
      queryLatency: median(times),
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}

/**
 * In the page (as source text: the bundler's helpers must not reach the browser): types the query into
 * the search box and resolves when its options for it show, with the time from typing and, for the first
 * query, from the end of the index (or core) download: shards a query fetches count in that time.
 */
const TIME_QUERY = `({ query, first }) => new Promise((resolve) => {
  const input = document.querySelector('main [role="combobox"]');
  const listbox = () => document.getElementById(input.getAttribute('aria-controls') || '');
  // The list is aria-busy while a search fetches what it needs; until then its options are the last query's.
  const done = () => input.value === query && listbox()?.getAttribute('aria-busy') !== 'true' && (listbox()?.querySelectorAll('[role="option"]').length || 0) > 0;
  const start = performance.now();
  const observer = new MutationObserver(() => {
    if (!done()) return;
    observer.disconnect();
    const end = performance.now();
    const index = performance.getEntriesByType('resource').filter((entry) => /search-index|search-core/.test(entry.name)).map((entry) => entry.responseEnd);
    resolve({ total: end - start, afterIndex: first && index.length ? end - Math.max(start, ...index) : 0 });
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  setter.call(input, query);
  input.dispatchEvent(new Event('input', { bubbles: true }));
})`;

/** A self-signed certificate for 127.0.0.1 in .scale/tls (made once with openssl), for serving HTTP/2. */
function selfSignedCertificate(): { key: string; cert: string } {
  const dir = join('.scale', 'tls');
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  if (!existsSync(key) || !existsSync(cert)) {
    mkdirSync(dir, { recursive: true });
    const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '30', '-subj', '/CN=127.0.0.1'], { stdio: 'ignore' });
    if (made.status !== 0) throw new Error('openssl could not make a certificate for the HTTP/2 measurement');
  }
  return { key, cert };
}

function printTable(rows: Row[]): void {
  const lines: [string, (row: Row) => string][] = [
    ...Object.keys(rows[0]?.phases ?? {}).map((phase): [string, (row: Row) => string] => [`build: ${phase}`, (row) => `${row.phases[phase]!.toFixed(1)} s`]),
    ['build: total', (row) => `${Object.values(row.phases).reduce((a, b) => a + b, 0).toFixed(1)} s`],
    ['build: peak memory (process tree)', (row) => mb(row.peakMemory)],
    ['out/ size', (row) => mb(row.outBytes)],
    ['question page folder, mean', (row) => kb(row.questionFolder.mean)],
    ['question page folder, largest', (row) => kb(row.questionFolder.max)],
    ['largest page (HTML)', (row) => `${kb(row.largest.bytes)} (${kb(row.largest.gzip)} gz) ${row.largest.path}`],
    ['home page, gzipped', (row) => kb(row.home)],
    ['largest category page, gzipped', (row) => kb(row.category)],
    ['map page, gzipped', (row) => kb(row.map)],
    ['map page 2, gzipped', (row) => (row.map2 === undefined ? '—' : kb(row.map2))],
    ['largest document page, gzipped', (row) => kb(row.document)],
    ['largest document page 2, gzipped', (row) => (row.document2 === undefined ? '—' : kb(row.document2))],
    ...PROTOCOLS.flatMap((protocol): [string, (row: Row) => string][] => [
      [`search (${protocol}): bytes for the first query`, (row) => kb(row.search[protocol].searchFirst)],
      [`search (${protocol}): bytes for three more`, (row) => kb(row.search[protocol].searchMore)],
      [`search (${protocol}): first results after the index arrived`, (row) => `${row.search[protocol].firstResultsAfterIndex.toFixed(0)} ms`],
      [`search (${protocol}): later query, keystroke to results (median)`, (row) => `${row.search[protocol].queryLatency.toFixed(0)} ms`],
    ]),
  ];
  const width = Math.max(...lines.map(([name]) => name.length));
  console.log(`\n${'questions'.padEnd(width)}  ${rows.map((row) => String(row.questions).padStart(14)).join('')}`);
  for (const [name, cell] of lines) {
    const cells = rows.map(cell);
    if (name === 'largest page (HTML)') {
      console.log(`${name.padEnd(width)}`);
      rows.forEach((row, i) => console.log(`  ${String(row.questions).padStart(6)}: ${cells[i]}`));
    } else console.log(`${name.padEnd(width)}  ${cells.map((c) => c.padStart(14)).join('')}`);
  }
  if (rows.length > 1) {
    const [small, big] = [rows[0]!, rows.at(-1)!];
    const total = (row: Row) => Object.values(row.phases).reduce((a, b) => a + b, 0);
    console.log(
      `\nRatios ${big.questions} / ${small.questions} questions (x${(big.questions / small.questions).toFixed(0)} content): build x${(total(big) / total(small)).toFixed(1)}, out/ x${(big.outBytes / small.outBytes).toFixed(1)}, question folder x${(big.questionFolder.mean / small.questionFolder.mean).toFixed(2)}, home x${(big.home / small.home).toFixed(2)}, first search bytes x${(big.search['HTTP/1.1'].searchFirst / small.search['HTTP/1.1'].searchFirst).toFixed(2)}`,
    );
  }
}

/** `{ [key]: value }`, or nothing for an undefined value (optional fields stay absent). */
function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

function gz(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 * 100 ? 1 : 0)} MB`;
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  for (const questions of sizes) {
    console.error(`\n— ${questions} questions —`);
    const content = join('.scale', `content-${questions}`);
    const out = join('.scale', `out-${questions}`);
    if (questions === 79) {
      rmSync(content, { recursive: true, force: true });
      cpSync('content', content, { recursive: true });
    } else {
      writeFaqSite(content, { questions, ...optional('perDocument', number('--per-document')), ...optional('categoriesPerDocument', number('--categories-per-document')) });
    }
    rmSync(out, { recursive: true, force: true });
    rmSync('.next', { recursive: true, force: true });
    const env = { ...process.env, FAQ_CONTENT: content, FAQ_OUT: out, NEXT_TELEMETRY_DISABLED: '1', FAQ_QUIET: '1' };
    const phases: Record<string, number> = {};
    let peakMemory = 0;
    for (const [phase, command] of buildSteps()) {
      const run = await timed(command[0]!, command.slice(1), env);
      if (run.status !== 0) throw new Error(`${phase} failed for ${questions} questions (exit ${run.status})`);
      phases[phase] = run.seconds;
      peakMemory = Math.max(peakMemory, run.peakBytes);
      console.error(`  ${phase}: ${run.seconds.toFixed(1)} s, peak ${mb(run.peakBytes)}`);
    }
    const search = { 'HTTP/1.1': await measureInBrowser(out, 'HTTP/1.1'), h2: await measureInBrowser(out, 'h2') };
    rows.push({ questions, phases, peakMemory, ...measureOutput(out), search });
  }

  printTable(rows);
}

await main();
