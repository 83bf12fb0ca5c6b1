/**
 * Search benchmark: relevance next to MiniSearch, latency and bytes.
 *
 * Inputs:  content/ (the FAQ, content/synonyms.yaml and the troubleshooter content/wizard/); ../shared/queries/starter.tsv when present and
 *          queries/*.tsv, or the query files named on the command line. A set with a `# faq: <path>` header
 *          line is judged on an index of that one markdown file (with the site glossary, no troubleshooter); the others on
 *          content/. Last, a generated 10,000-question knowledge base (scripts/generate-kb.ts).
 * Options: --weights '<json>'  overrides of the ranking weights (lib/search/engine/ranking-weights.ts), e.g. '{"title":6}'
 *          --show-blind        also list the failing queries of held-out (blind) sets
 * Outputs: figures on stdout. Per query file, top-1, recall@3 and MRR@5 of this engine and of MiniSearch, and
 *          a line per kind of set (dev, regression, blind) over all its queries; the failing queries of dev and
 *          regression sets (blind sets report totals only, so nobody tunes against them; see query-set.ts);
 *          per FAQ, query latency median and p95 (medians over several rounds) and the bytes a browser
 *          fetches, search code plus index, gzipped, against the budget; then the 10,000-question figures, whole
 *          and split into a core and shards as the site serves it (lib/search/build/search-files.ts): the core and shard
 *          sizes, what a first query and three more fetch, in how many rounds, how long a first query takes once
 *          the core is there (fetching aside), and whether every query gives the whole index's results.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import MiniSearch from 'minisearch';
import { VFile } from 'vfile';
import { buildQuestionGraph } from '@/lib/content/build-graph';
import { parseFaqDocument } from '@/lib/content/parse-faq';
import type { QuestionGraph } from '@/lib/content/types';
import { buildSearchIndex } from '@/lib/search/build/build-index';
import { glossaryFor, readSynonyms } from '@/lib/search/build/synonyms';
import { questionIdOf } from '@/lib/search/engine/question-id';
import { createSearcher } from '@/lib/search/engine/searcher';
import type { SearchIndexData, Searcher } from '@/lib/search/engine/types';
import { buildSite } from '@/lib/site/build-site';
import { readContentFiles } from '@/lib/site/content-files';
import { openShards } from '@/lib/search/engine/shard-source';
import { splitSearchIndex } from '@/lib/search/build/split-index';
import type { SearchCoreData } from '@/lib/search/engine/types';
import { parseQuerySet, type QueryCase, type QuerySet, type QuerySetKind } from '@/lib/search/reports/query-set';
import { DEFAULT_RANKING_WEIGHTS, parseRankingWeights, type RankingWeights } from '@/lib/search/engine/ranking-weights';
import { generateKnowledgeBase } from './generate-kb';

const root = process.cwd();
const BUDGET = 60 * 1024;
const ROUNDS = 7;
const USAGE = `Usage: npm run bench:search -- [--weights '{"title":6}'] [--show-blind] [queries/file.tsv ...]`;

/** What both engines answer: question ids, best first. */
interface Ranker {
  search(query: string): string[];
}

interface Corpus {
  /** `content/`, or the markdown file of a `# faq:` directive. */
  name: string;
  questions: number;
  data: SearchIndexData;
  engine: Ranker;
  mini: Ranker;
  miniIndex: string;
  createMs: number;
  queries: string[];
}

interface Scores {
  n: number;
  top1: number;
  recall3: number;
  mrr5: number;
}

function readArguments(argv: string[]): { weights: Partial<RankingWeights>; showBlind: boolean; files: string[] } {
  let weights: Partial<RankingWeights> = {};
  let showBlind = false;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--show-blind') showBlind = true;
    else if (arg === '--weights' || arg.startsWith('--weights=')) {
      const json = arg === '--weights' ? argv[++i] : arg.slice('--weights='.length);
      if (json === undefined) fail(`--weights needs a JSON object, such as '{"title":6}'\n${USAGE}`);
      try {
        weights = parseRankingWeights(json);
      } catch (error) {
        fail(`--weights: ${(error as Error).message}`);
      }
    } else if (arg.startsWith('-')) fail(`Unknown option ${arg}\n${USAGE}`);
    else files.push(resolve(root, arg));
  }
  return { weights, showBlind, files };
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function defaultQueryFiles(): string[] {
  const dir = join(root, 'queries');
  const own = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort().map((f) => join(dir, f)) : [];
  return [join(root, '..', 'shared', 'queries', 'starter.tsv'), ...own].filter(existsSync);
}

/** MiniSearch set up as its documentation suggests for a site search: field boosts, prefix and fuzzy terms. */
function createMiniSearch(data: SearchIndexData): { ranker: Ranker; index: string } {
  const mini = new MiniSearch({
    fields: ['title', 'symptoms', 'body'],
    storeFields: ['title', 'url'],
    searchOptions: { boost: { title: 3, symptoms: 2 }, prefix: true, fuzzy: 0.2 },
  });
  mini.addAll(data.questions.map((q) => ({ id: questionIdOf(q), title: q.t, url: q.u, symptoms: q.s.map(([label]) => label).join(' ; '), body: q.b })));
  return { ranker: { search: (query) => mini.search(query).slice(0, 10).map((result) => String(result.id)) }, index: JSON.stringify(mini) };
}

function createCorpus(name: string, index: SearchIndexData, weights: Partial<RankingWeights>): Corpus {
  const data = JSON.parse(JSON.stringify(index)) as SearchIndexData;
  const { value: searcher, ms: createMs } = timeIt(() => createSearcher(data, { weights }));
  const mini = createMiniSearch(data);
  return {
    name,
    questions: data.questions.length,
    data,
    // `query`, as the app and the widget call it: the results and what the query was read as.
    engine: { search: (query) => searcher.query(query, { limit: 10 }).results.map((result) => result.id) },
    mini: mini.ranker,
    miniIndex: mini.index,
    createMs,
    queries: [],
  };
}

/** The index of one markdown file alone, as a `# faq:` directive asks. */
function singleFileGraph(path: string): QuestionGraph {
  const file = new VFile({ path, value: readFileSync(join(root, path), 'utf8') });
  return buildQuestionGraph([parseFaqDocument(file)]);
}

/** Rank of the first acceptable answer per case, -1 when it is not in the top 10. */
function ranks(ranker: Ranker, cases: QueryCase[]): number[] {
  return cases.map(({ query, accept }) => ranker.search(query).findIndex((id) => accept.includes(id)));
}

function score(rankList: number[]): Scores {
  const n = Math.max(rankList.length, 1);
  return {
    n: rankList.length,
    top1: rankList.filter((rank) => rank === 0).length / n,
    recall3: rankList.filter((rank) => rank >= 0 && rank < 3).length / n,
    mrr5: rankList.reduce((sum, rank) => sum + (rank >= 0 && rank < 5 ? 1 / (rank + 1) : 0), 0) / n,
  };
}

const describeScores = (s: Scores) => `${pct(s.top1).padStart(6)}  ${pct(s.recall3).padStart(8)}  ${s.mrr5.toFixed(3).padStart(5)}`;

/**
 * Median and p95 of per-query times, each the median over ROUNDS rounds, after one warm-up
 * round whose own figures are reported as `cold` (caches of tokenised answers still empty).
 * `cpu` counts only this process's CPU time, which other processes on a shared machine
 * do not inflate.
 */
function latency(ranker: Ranker, queries: string[]) {
  const coldTimes = queries.map((query) => {
    const start = performance.now();
    ranker.search(query);
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
      ranker.search(query);
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

function sizes(json: string) {
  return { raw: Buffer.byteLength(json), gzip: gzipSync(json, { level: 9 }).length };
}

function timeIt<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

/**
 * Gzipped bytes of the code an entry bundles to, as the app's bundler serves it: `eager`, what it loads at
 * once, one file; `lazy`, what only its dynamic imports load (the code that reads shards), without the
 * modules the eager file already has, as webpack leaves those out of an async chunk.
 */
async function codeBytes(contents: string): Promise<{ eager: number; lazy: number }> {
  const options = {
    stdin: { contents, resolveDir: root, loader: 'ts' as const, sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm' as const,
    platform: 'browser' as const,
    write: false as const,
    logLevel: 'silent' as const,
  };
  const dynamicImportsLeftOut: Plugin = {
    name: 'dynamic-imports-left-out',
    setup: (plugins) => plugins.onResolve({ filter: /./ }, (resolved) => (resolved.kind === 'dynamic-import' ? { path: resolved.path, external: true } : undefined)),
  };
  const eager = await build({ ...options, plugins: [dynamicImportsLeftOut] });
  // Split into chunks: those the entry does not import statically are what its dynamic imports add.
  const split = await build({ ...options, splitting: true, outdir: join(root, '.bench-code'), metafile: true });
  const outputs = split.metafile.outputs;
  const loadedAtOnce = new Set<string>();
  const visit = (path: string) => {
    if (loadedAtOnce.has(path)) return;
    loadedAtOnce.add(path);
    for (const imported of outputs[path]!.imports) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(Object.keys(outputs).find((path) => outputs[path]!.entryPoint !== undefined)!);
  const lazy = split.outputFiles.filter((file) => !loadedAtOnce.has(relative(root, file.path)));
  return {
    eager: gzipSync(eager.outputFiles[0]!.contents, { level: 9 }).length,
    lazy: lazy.reduce((sum, file) => sum + gzipSync(file.contents, { level: 9 }).length, 0),
  };
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
const withinBudget = (bytes: number) => `${kb(bytes)} gzip of ${kb(BUDGET)} budget: ${bytes <= BUDGET ? 'within' : 'OVER'}`;

const args = readArguments(process.argv.slice(2));
const { glossary: glossaryFile } = readContentFiles(join(root, 'content'), root);
const synonyms = glossaryFile ? readSynonyms(glossaryFile) : { groups: [] };
const changed = Object.entries(args.weights).filter(([key, value]) => value !== DEFAULT_RANKING_WEIGHTS[key as keyof RankingWeights]);
if (changed.length > 0) console.log(`Weights: ${changed.map(([key, value]) => `${key} ${value} (default ${DEFAULT_RANKING_WEIGHTS[key as keyof RankingWeights]})`).join(', ')}\n`);

const corpora = new Map<string, Corpus>();
const corpusFor = (faq: string | undefined): Corpus => {
  const key = faq ?? 'content/';
  let corpus = corpora.get(key);
  if (!corpus) {
    const index = faq === undefined ? buildSite(join(root, 'content'), { cwd: root }).searchIndex : buildSearchIndex(singleFileGraph(faq), glossaryFor(synonyms, [basename(faq)]));
    corpus = createCorpus(faq === undefined ? key : basename(faq), index, args.weights);
    corpora.set(key, corpus);
  }
  return corpus;
};

interface SetResult {
  name: string;
  set: QuerySet;
  corpus: Corpus;
  engine: number[];
  mini: number[];
}
const results: SetResult[] = [];
const problems: string[] = [];
for (const file of args.files.length > 0 ? args.files : defaultQueryFiles()) {
  const name = relative(root, file);
  if (!existsSync(file)) {
    problems.push(`${name}  No such query file`);
    continue;
  }
  const set = parseQuerySet(readFileSync(file, 'utf8'), name);
  if (set.faq !== undefined && !existsSync(join(root, set.faq))) {
    problems.push(`${name}:${set.faqLine}  Cannot find \`${set.faq}\` (from \`# faq:\`; paths are relative to the repository root); set skipped`);
    continue;
  }
  const corpus = corpusFor(set.faq);
  const known = new Set(corpus.data.questions.map(questionIdOf));
  const unknown = set.cases.filter((c) => c.accept.length === 0 || !c.accept.some((id) => known.has(id)));
  if (unknown.length > 0) {
    const count = `${unknown.length} ${unknown.length === 1 ? 'query accepts' : 'queries accept'} no question of ${corpus.name}`;
    problems.push(set.kind === 'blind' && !args.showBlind ? `${name}  ${count} (--show-blind lists them)` : `${name}  ${count}: lines ${unknown.map((c) => c.line).join(', ')}`);
  }
  corpus.queries.push(...set.cases.map((c) => c.query));
  results.push({ name, set, corpus, engine: ranks(corpus.engine, set.cases), mini: ranks(corpus.mini, set.cases) });
}

const label = (r: SetResult) => `${r.name}${r.set.kind === 'blind' ? ' (blind)' : ''}`;
const nameWidth = Math.max(24, ...results.map((r) => label(r).length));
const faqWidth = Math.max(8, ...[...corpora.values()].map((c) => c.name.length));
const columns = ' top-1  recall@3  MRR@5';
const lead = `  ${'query set'.padEnd(nameWidth)}  ${'FAQ'.padEnd(faqWidth)}     n  `;
console.log(`${'Relevance'.padEnd(lead.length)}${'this engine'.padEnd(columns.length + 4)}MiniSearch`);
console.log(`${lead}${columns}   ${columns}`);
const row = (title: string, faq: string, n: number, engine: Scores, mini: Scores) =>
  console.log(`  ${title.padEnd(nameWidth)}  ${faq.padEnd(faqWidth)}  ${String(n).padStart(4)}  ${describeScores(engine)}    ${describeScores(mini)}`);
for (const r of results) row(label(r), r.corpus.name, r.set.cases.length, score(r.engine), score(r.mini));
const kinds: QuerySetKind[] = ['dev', 'regression', 'blind'];
for (const kind of kinds) {
  const sets = results.filter((r) => r.set.kind === kind);
  if (sets.length === 0) continue;
  const engine = score(sets.flatMap((r) => r.engine));
  row(`all ${kind} (${sets.length} set${sets.length === 1 ? '' : 's'})`, '', engine.n, engine, score(sets.flatMap((r) => r.mini)));
}

const failures: string[] = [];
for (const r of results) {
  if (r.set.kind === 'blind' && !args.showBlind) continue;
  const lines = r.set.cases.flatMap((c, i) => {
    const rank = r.engine[i]!;
    if (rank === 0) return [];
    const got = r.corpus.engine.search(c.query).slice(0, 3).join(', ') || '(nothing)';
    return [`    ${JSON.stringify(c.query)}  rank ${rank < 0 ? '-' : rank + 1}; want ${c.accept[0] ?? '(no id)'}; got ${got}`];
  });
  if (lines.length > 0) failures.push(`  ${r.name}:`, ...lines);
}
const blindSets = results.filter((r) => r.set.kind === 'blind').length;
const shown = args.showBlind || blindSets === 0 ? '' : `; blind sets report totals only, --show-blind lists theirs`;
if (failures.length > 0) console.log(`\nQueries whose best answer is not first (this engine${shown})\n${failures.join('\n')}`);
if (problems.length > 0) console.log(`\nProblems with query files\n${problems.map((p) => `  ${p}`).join('\n')}`);

const clientCode = await codeBytes(`export { openSearcher } from './lib/search/engine/client.ts';`);
const code = clientCode.eager;
const miniCode = (await codeBytes(`export { default } from 'minisearch';`)).eager;
console.log(`\nCode bundled for the browser, minified, gzip`);
console.log(`  this engine  ${kb(code)}  lib/search/engine/client.ts`);
console.log(`               ${kb(clientCode.lazy)}  and for a split index, the chunk that reads shards (lib/search/engine/shard-source.ts)`);
console.log(`  MiniSearch   ${kb(miniCode)}  minisearch`);

let siteLatency: ReturnType<typeof latency> | undefined;
let siteSize: ReturnType<typeof sizes> | undefined;
for (const corpus of corpora.values()) {
  const engineLatency = latency(corpus.engine, corpus.queries);
  const miniLatency = latency(corpus.mini, corpus.queries);
  const size = sizes(JSON.stringify(corpus.data));
  const miniSize = sizes(corpus.miniIndex);
  if (corpus.name === 'content/') {
    siteLatency = engineLatency;
    siteSize = size;
  }
  console.log(`\nFAQ ${corpus.name} (${corpus.questions} questions, ${corpus.queries.length} queries x ${ROUNDS} rounds)`);
  console.log(`  this engine  latency  ${describeLatency(engineLatency)}`);
  console.log(`               create   createSearcher ${ms(corpus.createMs)}`);
  console.log(`               index    ${kb(size.raw)} raw, ${kb(size.gzip)} gzip`);
  console.log(`               browser  ${withinBudget(size.gzip + code)} (code + index)`);
  console.log(`  MiniSearch   latency  ${describeLatency(miniLatency)}`);
  console.log(`               index    ${kb(miniSize.raw)} raw, ${kb(miniSize.gzip)} gzip (titles and urls stored; no answer text for snippets)`);
  console.log(`               browser  ${withinBudget(miniSize.gzip + miniCode)} (code + index)`);
}

const big = generateKnowledgeBase({ questions: 10_000, categories: 100 });
const bigData = buildSearchIndex(big, synonyms);
const bigJson = JSON.stringify(bigData);
const { value: bigParsed, ms: bigParseMs } = timeIt(() => JSON.parse(bigJson) as SearchIndexData);
const { value: bigSearcher, ms: bigCreateMs } = timeIt(() => createSearcher(bigParsed, { weights: args.weights }));
const bigQueries = syntheticQueries(bigData, 300);
const bigLatency = latency({ search: (query) => bigSearcher.search(query).map((result) => result.id) }, bigQueries);
const bigSize = sizes(bigJson);
console.log(`\nGenerated knowledge base (${big.questions.length} questions, ${big.categories.length} categories, ${bigQueries.length} queries x ${ROUNDS} rounds; this engine)`);
console.log(`  latency   ${describeLatency(bigLatency)}`);
console.log(`  create    createSearcher ${ms(bigCreateMs)} (JSON.parse of the file before it: ${ms(bigParseMs)})`);
console.log(`  index     ${kb(bigSize.raw)} raw, ${kb(bigSize.gzip)} gzip`);
await benchSplit(bigData, bigQueries, clientCode);
if (siteLatency && siteSize) {
  console.log(`\nRatios 10k / FAQ content/: latency median x${(bigLatency.median / siteLatency.median).toFixed(1)}, p95 x${(bigLatency.p95 / siteLatency.p95).toFixed(1)}, index gzip x${(bigSize.gzip / siteSize.gzip).toFixed(1)}`);
}

/**
 * The 10,000-question index split as the site serves it, searched as a browser does: a searcher over the core
 * whose shards come from memory as JSON text, each counted at its gzipped size when first fetched.
 */
async function benchSplit(data: SearchIndexData, queries: string[], code: { eager: number; lazy: number }): Promise<void> {
  const { value: files, ms: splitMs } = timeIt(() => splitSearchIndex(data));
  const coreJson = JSON.stringify(files.index);
  const shardJson = new Map([...files.shards].map(([path, shard]) => [path, JSON.stringify(shard)]));
  const gzipOf = new Map([...shardJson].map(([path, json]) => [path, gzipSync(json, { level: 9 }).length]));
  const kindOf = (path: string) => (path.startsWith('search-shards/t') ? 'term' : 'document');
  const termShards = [...gzipOf].filter(([path]) => kindOf(path) === 'term').map(([, bytes]) => bytes);
  const documentShards = [...gzipOf].filter(([path]) => kindOf(path) === 'document').map(([, bytes]) => bytes);
  const core = sizes(coreJson);
  const whole = createSearcher(data, { weights: args.weights });

  /** A fresh searcher over the core, as on a page that has just fetched it, and what it fetches, round by round. */
  const open = () => {
    const rounds: string[][] = [];
    let inRound = false;
    const searcher = createSearcher(
      openShards(JSON.parse(coreJson) as SearchCoreData, async (path) => {
        // The shards of one round are asked for together, before any of them arrives.
        if (!inRound) {
          inRound = true;
          rounds.push([]);
          queueMicrotask(() => (inRound = false));
        }
        rounds.at(-1)!.push(path);
        return JSON.parse(shardJson.get(path)!) as unknown;
      }),
      { weights: args.weights },
    );
    return { searcher, rounds };
  };
  const bytesOf = (paths: string[]) => paths.reduce((sum, path) => sum + gzipOf.get(path)!, 0);
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(values.length, 1);

  // Sessions of four queries: the first on a fresh page, then three more on the same page.
  const firstBytes: number[] = [];
  const moreBytes: number[] = [];
  const firstMs: number[] = [];
  const perQuery: { rounds: number; term: number; document: number }[] = [];
  let same = 0;
  for (let i = 0; i + 4 <= queries.length; i += 4) {
    const start = performance.now();
    const { searcher, rounds } = open();
    let more = 0;
    for (const [k, query] of queries.slice(i, i + 4).entries()) {
      const before = rounds.length;
      const results = await searcher.searchAsync(query);
      if (k === 0) firstMs.push(performance.now() - start);
      if (JSON.stringify(results) === JSON.stringify(whole.search(query))) same++;
      const fetched = rounds.slice(before).flat();
      if (k === 0) firstBytes.push(bytesOf(fetched));
      else more += bytesOf(fetched);
      perQuery.push({ rounds: rounds.length - before, term: fetched.filter((path) => kindOf(path) === 'term').length, document: fetched.filter((path) => kindOf(path) === 'document').length });
    }
    moreBytes.push(more);
  }
  const firstTotal = firstBytes.map((bytes) => code.eager + code.lazy + core.gzip + bytes);
  console.log(`\nThe same, split into a core and shards as the site serves it (splitSearchIndex ${ms(splitMs)}; sizes gzipped, as fetched)`);
  console.log(`  core         ${kb(core.raw)} raw, ${kb(core.gzip)} gzip`);
  console.log(`  shards       ${termShards.length} term shards, mean ${kb(mean(termShards))}, max ${kb(Math.max(...termShards))}; ${documentShards.length} document shards, mean ${kb(mean(documentShards))}, max ${kb(Math.max(...documentShards))}`);
  console.log(`  first query  shards mean ${kb(mean(firstBytes))}, max ${kb(Math.max(...firstBytes))}; with the code (${kb(code.eager)} + ${kb(code.lazy)}) and the core, mean ${kb(mean(firstTotal))}, max ${kb(Math.max(...firstTotal))} of a 150 KB budget (${firstBytes.length} fresh pages)`);
  console.log(`  three more   shards not fetched yet: mean ${kb(mean(moreBytes))}, max ${kb(Math.max(...moreBytes))}`);
  console.log(`  per query    fetching rounds mean ${mean(perQuery.map((q) => q.rounds)).toFixed(2)}, max ${Math.max(...perQuery.map((q) => q.rounds))}; shards fetched mean ${mean(perQuery.map((q) => q.term)).toFixed(1)} term + ${mean(perQuery.map((q) => q.document)).toFixed(1)} document`);
  console.log(`  time         core parsed and opened, and a first query searched, fetching aside: median ${ms(quantile(firstMs, 0.5))}, p95 ${ms(quantile(firstMs, 0.95))}`);
  console.log(`  results      ${same} of ${perQuery.length} queries give exactly the whole index's results${same === perQuery.length ? '' : ': THE SPLIT INDEX DIFFERS'}`);
}
