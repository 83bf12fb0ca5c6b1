/**
 * Search benchmark: relevance, latency and bytes.
 *
 * Inputs:  content/ (the FAQ), ../shared/queries/starter.tsv when present, queries/*.tsv,
 *          and a generated 10,000-question knowledge base (scripts/generate-kb.ts)
 * Outputs: figures on stdout: top-1, recall@3 and MRR@5 per query file and the failing queries;
 *          query latency median and p95 (medians over several rounds); index bytes raw and gzipped;
 *          gzipped bytes of the search code as bundled for the browser.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { loadQuestionGraph } from '@/lib/content/load';
import { buildSearchIndex, createSearcher, type SearchIndexData, type Searcher } from '@/lib/search';
import { loadSynonyms } from '@/lib/search/load-synonyms';
import { generateKnowledgeBase } from './generate-kb';

interface Case {
  query: string;
  accept: string[];
}

const root = process.cwd();
const BUDGET = 60 * 1024;
const ROUNDS = 7;

function readCases(path: string): Case[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [query = '', ids = ''] = line.split('\t');
      return { query, accept: ids.split(',').map((id) => id.trim()).filter(Boolean) };
    });
}

function relevance(searcher: Searcher, cases: Case[]) {
  let top1 = 0;
  let recall3 = 0;
  let mrr5 = 0;
  const failures: string[] = [];
  for (const { query, accept } of cases) {
    const ids = searcher.search(query, { limit: 10 }).map((result) => result.id);
    const rank = ids.findIndex((id) => accept.includes(id));
    if (rank === 0) top1++;
    if (rank >= 0 && rank < 3) recall3++;
    if (rank >= 0 && rank < 5) mrr5 += 1 / (rank + 1);
    if (rank !== 0) failures.push(`    ${JSON.stringify(query)}  rank ${rank < 0 ? '-' : rank + 1}; want ${accept[0]}; got ${ids.slice(0, 3).join(', ') || '(nothing)'}`);
  }
  const n = Math.max(cases.length, 1);
  return { n: cases.length, top1: top1 / n, recall3: recall3 / n, mrr5: mrr5 / n, failures };
}

/**
 * Median and p95 of per-query times, each the median over ROUNDS rounds, after one warm-up
 * round whose own figures are reported as `cold` (caches of tokenised answers still empty).
 * `cpu` counts only this process's CPU time, which other processes on a shared machine
 * do not inflate.
 */
function latency(searcher: Searcher, queries: string[]) {
  const coldTimes = queries.map((query) => {
    const start = performance.now();
    searcher.search(query);
    return performance.now() - start;
  });
  const medians: number[] = [];
  const p95s: number[] = [];
  const cpuMedians: number[] = [];
  const cpuP95s: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const cpu: number[] = [];
    const times = queries.map((query) => {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      searcher.search(query);
      const elapsed = performance.now() - start;
      const used = process.cpuUsage(cpuStart);
      cpu.push((used.user + used.system) / 1000);
      return elapsed;
    });
    medians.push(quantile(times, 0.5));
    p95s.push(quantile(times, 0.95));
    cpuMedians.push(quantile(cpu, 0.5));
    cpuP95s.push(quantile(cpu, 0.95));
  }
  return {
    median: quantile(medians, 0.5),
    p95: quantile(p95s, 0.5),
    cpuMedian: quantile(cpuMedians, 0.5),
    cpuP95: quantile(cpuP95s, 0.5),
    coldMedian: quantile(coldTimes, 0.5),
    coldP95: quantile(coldTimes, 0.95),
  };
}

const describeLatency = (l: ReturnType<typeof latency>) =>
  `median ${ms(l.median)}  p95 ${ms(l.p95)}  (cpu median ${ms(l.cpuMedian)}, p95 ${ms(l.cpuP95)}; cold median ${ms(l.coldMedian)}, p95 ${ms(l.coldP95)})`;

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

function sizes(data: SearchIndexData) {
  const json = JSON.stringify(data);
  return { raw: Buffer.byteLength(json), gzip: gzipSync(json, { level: 9 }).length };
}

function timeIt<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

async function codeBytes(entry: string): Promise<number> {
  const result = await build({
    stdin: { contents: `export { createSearcher } from './${entry}';`, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
}

/** Queries of the kinds people type, made from the knowledge base itself: words of titles, codes, typos, prefixes. */
function syntheticQueries(data: SearchIndexData, count: number): string[] {
  const queries: string[] = [];
  for (let i = 0; queries.length < count; i += 97) {
    const question = data.questions[i % data.questions.length]!;
    const words = question.t.replace(/[?"]/g, '').split(' ').filter((word) => word.length > 3);
    const word = words[i % words.length] ?? 'payment';
    switch (queries.length % 5) {
      case 0: queries.push(words.slice(1, 4).join(' ')); break;
      case 1: queries.push(question.s[0]?.[0] ?? `http ${400 + (i % 30)}`); break;
      case 2: queries.push(`${word.slice(0, 2)}${word[3] ?? ''}${word[2] ?? ''}${word.slice(4)}`); break;
      case 3: queries.push(word.slice(0, 4)); break;
      default: queries.push(`why does ${words.slice(-2).join(' ')} fail`);
    }
  }
  return queries;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (x: number) => `${x.toFixed(3)} ms`;

const { graph } = loadQuestionGraph(join(root, 'content'), { cwd: root });
const synonyms = loadSynonyms(join(root, 'content'), root);
const data = buildSearchIndex(graph, synonyms);
const { value: searcher, ms: createMs } = timeIt(() => createSearcher(data));

const files = [join(root, '..', 'shared', 'queries', 'starter.tsv'), ...(existsSync(join(root, 'queries')) ? readdirSync(join(root, 'queries')).filter((f) => f.endsWith('.tsv')).sort().map((f) => join(root, 'queries', f)) : [])].filter(existsSync);
const allQueries: string[] = [];
console.log(`Relevance (${graph.questions.length} questions)`);
const failures: string[] = [];
for (const file of files) {
  const cases = readCases(file);
  allQueries.push(...cases.map((c) => c.query));
  const r = relevance(searcher, cases);
  const name = file.startsWith(root) ? file.slice(root.length + 1) : file;
  console.log(`  ${name.padEnd(30)} n=${String(r.n).padStart(3)}  top-1 ${pct(r.top1).padStart(6)}  recall@3 ${pct(r.recall3).padStart(6)}  MRR@5 ${r.mrr5.toFixed(3)}`);
  if (r.failures.length > 0) failures.push(`  ${name}:`, ...r.failures);
}
if (failures.length > 0) console.log('\nQueries whose best answer is not first\n' + failures.join('\n'));

const faqLatency = latency(searcher, allQueries);
const faqSize = sizes(data);
const code = await codeBytes('lib/search/client.ts');
const codeViaIndex = await codeBytes('lib/search/index.ts');
console.log(`\nFAQ (${graph.questions.length} questions, ${allQueries.length} queries x ${ROUNDS} rounds)`);
console.log(`  latency   ${describeLatency(faqLatency)}`);
console.log(`  create    createSearcher ${ms(createMs)}`);
console.log(`  index     ${kb(faqSize.raw)} raw, ${kb(faqSize.gzip)} gzip`);
console.log(`  code      ${kb(code)} gzip (lib/search/client.ts bundled for the browser, minified; ${kb(codeViaIndex)} via lib/search/index.ts, which pulls in yaml)`);
console.log(`  browser   ${kb(faqSize.gzip + code)} gzip of ${kb(BUDGET)} budget: ${faqSize.gzip + code <= BUDGET ? 'within' : 'OVER'}`);

const big = generateKnowledgeBase({ questions: 10_000, categories: 100 });
const bigData = buildSearchIndex(big, synonyms);
const bigJson = JSON.stringify(bigData);
const { value: bigParsed, ms: bigParseMs } = timeIt(() => JSON.parse(bigJson) as SearchIndexData);
const { value: bigSearcher, ms: bigCreateMs } = timeIt(() => createSearcher(bigParsed));
const bigQueries = syntheticQueries(bigData, 300);
const bigLatency = latency(bigSearcher, bigQueries);
const bigSize = sizes(bigData);
console.log(`\nGenerated knowledge base (${big.questions.length} questions, ${big.categories.length} categories, ${bigQueries.length} queries x ${ROUNDS} rounds)`);
console.log(`  latency   ${describeLatency(bigLatency)}`);
console.log(`  create    createSearcher ${ms(bigCreateMs)} (JSON.parse of the file before it: ${ms(bigParseMs)})`);
console.log(`  index     ${kb(bigSize.raw)} raw, ${kb(bigSize.gzip)} gzip`);
console.log(`\nRatios 10k / FAQ: latency median x${(bigLatency.median / faqLatency.median).toFixed(1)}, p95 x${(bigLatency.p95 / faqLatency.p95).toFixed(1)}, index gzip x${(bigSize.gzip / faqSize.gzip).toFixed(1)}`);
