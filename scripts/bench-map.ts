/**
 * Benchmarks the knowledge map at the FAQ's size, at the full map's limit (300 questions), and at
 * 1,000 and 10,000 generated questions: build-time layout time (median of several runs, wall and
 * CPU) and the bytes the map pages ship, raw and gzipped.
 *
 * The page bytes are the map pages' own markup (breadcrumbs, drawing, legend, the map as a list),
 * rendered from the same components the route renders with react-dom/server: the site's header and
 * footer, scripts and styles are not in them. The exported HTML also carries React's payload of that
 * markup, so a page's index.html is about twice this; with `--out <dir>` (a built export) the bench
 * also prints `<dir>/map/index.html` and its `.txt` payload as built.
 *
 * Inputs: `content/` and scripts/generate-kb.ts. Outputs: figures on stdout, nothing written.
 * `--runs N` sets the layout runs per graph (default 5, 3 past 1,000 questions).
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { CategoryMapPage, KnowledgeMapPage } from '../components/map-page';
import { CategoryOverviewSvg } from '../components/map-overview-svg';
import { KnowledgeMapSvg } from '../components/map-svg';
import { buildSite } from '../lib/site/build-site';
import type { QuestionGraph } from '../lib/content/types';
import { layoutCategoryMap } from '../lib/map/category-map';
import { layoutQuestionGraph } from '../lib/map/layout';
import { layoutCategoryOverview } from '../lib/map/overview';
import { chooseMapScale, FULL_MAP_LIMIT } from '../lib/map/scale';
import { generateKnowledgeBase } from './generate-kb';
import { createMapInput, createMapLayouts } from '@/lib/map/input';

process.env.FAQ_QUIET = '1';
const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const runs = option('--runs') ? Number(option('--runs')) : undefined;
const out = option('--out');

// Wall time on a busy machine says more about the neighbours than the layout; CPU time is printed beside it.
console.log(`load average ${loadavg().map((n) => n.toFixed(1)).join(' ')} on this machine\n`);
const { graph: faq } = buildSite('content');
const sites: [string, QuestionGraph][] = [
  ['primary FAQ', faq],
  ...[FULL_MAP_LIMIT, 1_000, 10_000].map((questions): [string, QuestionGraph] => [
    `generated ${questions.toLocaleString('en')}`,
    withCrossLinks(generateKnowledgeBase({ questions, categories: Math.max(10, Math.round(questions / 100)) })),
  ]),
];

for (const [name, graph] of sites) {
  const count = runs ?? (graph.questions.length > 1_000 ? 3 : 5);
  const scale = chooseMapScale(graph);
  const links = graph.questions.reduce((sum, question) => sum + question.links.length, 0);
  console.log(`${name}: ${graph.questions.length} questions, ${graph.categories.length} categories, ${links} links; /map/ draws ${scale}`);
  // What the Site works out once per content (the link index and colours), outside the timings, as the pages get it.
  const input = createMapInput(graph);
  if (scale === 'questions') {
    const { median, cpu, result: map } = time(count, () => layoutQuestionGraph(input));
    console.log(`  layout       /map/ median ${fmt(median)} ms wall, ${fmt(cpu)} ms CPU (${count} runs), ${map.width}×${map.height} units`);
    console.log(`  SVG          ${bytes(renderToStaticMarkup(createElement(KnowledgeMapSvg, { map, label: 'Knowledge map' })))}`);
    console.log(`  /map/ page   ${bytes(renderToStaticMarkup(createElement(KnowledgeMapPage, { graph, map: createMapLayouts(input) })))}`);
  } else {
    const { median, cpu, result: overview } = time(count, () => layoutCategoryOverview(input));
    console.log(`  layout       /map/ median ${fmt(median)} ms wall, ${fmt(cpu)} ms CPU (${count} runs), ${overview.width}×${overview.height} units`);
    const ids = graph.categories.filter((category) => category.questions.length > 0).map((category) => category.id);
    const all = time(1, () => ids.map((id) => layoutCategoryMap(input, id)));
    console.log(`               every /map/<category>/ ${fmt(all.median)} ms wall, ${fmt(all.cpu)} ms CPU (${ids.length} maps, once)`);
    console.log(`  SVG          ${bytes(renderToStaticMarkup(createElement(CategoryOverviewSvg, { overview, label: 'Knowledge map' })))}`);
    console.log(`  /map/ page   ${bytes(renderToStaticMarkup(createElement(KnowledgeMapPage, { graph, map: createMapLayouts(input) })))}`);
    const largest = [...graph.categories].sort((a, b) => b.questions.length - a.questions.length)[0]!;
    console.log(`  largest /map/<category>/ (${largest.questions.length} questions): ${bytes(renderToStaticMarkup(createElement(CategoryMapPage, { graph, map: createMapLayouts(input), categoryId: largest.id })))}`);
  }
  console.log('');
}
if (out) {
  for (const file of ['map/index.html', 'map/index.txt']) {
    const path = join(out, file);
    if (existsSync(path)) console.log(`${path}: ${bytes(readFileSync(path, 'utf8'))}`);
    else console.log(`${path}: not found (build with FAQ_OUT=${out} first)`);
  }
}
console.log(`The generator makes no cross-links, so the bench adds them (seeded: 0–3 per question, 60% within its category).`);

function time<T>(count: number, run: () => T): { median: number; cpu: number; result: T } {
  const walls: number[] = [];
  const cpus: number[] = [];
  let result: T | undefined;
  for (let n = 0; n < count; n++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    result = run();
    const used = process.cpuUsage(cpuStart);
    walls.push(performance.now() - start);
    cpus.push((used.user + used.system) / 1000);
  }
  const middle = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { median: middle(walls), cpu: middle(cpus), result: result! };
}

/**
 * The synthetic graph with cross-links, if it has none, so the layout and
 * the pages carry edges as a real FAQ of that size would.
 */
function withCrossLinks(graph: QuestionGraph): QuestionGraph {
  if (graph.questions.some((question) => question.links.some((link) => link.kind === 'question'))) return graph;
  let state = 42;
  const random = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
  const byCategory = new Map(graph.categories.map((category) => [category.id, category.questions]));
  const questions = graph.questions.map((question) => ({ ...question, links: [...question.links], backlinks: [...question.backlinks] }));
  const byId = new Map(questions.map((question) => [question.id, question]));
  const everyId = questions.map((question) => question.id);
  for (const question of questions) {
    const siblings = byCategory.get(question.category) ?? [];
    for (let n = Math.floor(random() * 4); n > 0; n--) {
      const pool = random() < 0.6 ? siblings : everyId;
      const target = pool[Math.floor(random() * pool.length)];
      if (!target || target === question.id || question.links.some((link) => link.target === target)) continue;
      question.links.push({ target, kind: 'question', text: byId.get(target)!.title });
      byId.get(target)!.backlinks.push(question.id);
    }
  }
  return { ...graph, questions };
}

function bytes(text: string): string {
  const raw = Buffer.byteLength(text);
  return `${kib(raw)} raw, ${kib(gzipSync(text, { level: 9 }).length)} gzipped`;
}

function fmt(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

function kib(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;
}
