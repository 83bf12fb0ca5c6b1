/**
 * Benchmarks the knowledge map: build-time layout time (median of several
 * runs) and the size of the SVG the page ships, raw and gzipped, for the
 * primary FAQ and for the 10,000-question synthetic knowledge base.
 *
 * Inputs: `content/` and the generator in scripts/generate-kb.ts. Outputs:
 * figures on stdout, nothing written. `--runs N` sets the runs per graph
 * (default 5 for the FAQ, 3 for 10k).
 */
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { KnowledgeMapSvg } from '../components/map-svg';
import { loadQuestionGraph } from '../lib/content/load';
import type { QuestionGraph } from '../lib/content/types';
import { layoutQuestionGraph, type KnowledgeMap } from '../lib/map/layout';
import { generateKnowledgeBase } from './generate-kb';

process.env.FAQ_QUIET = '1';
const at = process.argv.indexOf('--runs');
const runs = at >= 0 ? Number(process.argv[at + 1]) : undefined;

// Wall time on a busy machine says more about the neighbours than the layout; CPU time is printed beside it.
console.log(`load average ${loadavg().map((n) => n.toFixed(1)).join(' ')} on this machine\n`);
const { graph: faq } = loadQuestionGraph('content');
const { graph: kb, added } = withCrossLinks(generateKnowledgeBase());

for (const [name, graph, count] of [
  ['primary FAQ', faq, runs ?? 5],
  ['synthetic 10k', kb, runs ?? 3],
] as const) {
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let map: KnowledgeMap | undefined;
  for (let run = 0; run < count; run++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    map = layoutQuestionGraph(graph);
    const cpu = process.cpuUsage(cpuStart);
    times.push(performance.now() - start);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  const svg = renderToStaticMarkup(createElement(KnowledgeMapSvg, { map: map!, label: 'Knowledge map' }));
  const gzip = gzipSync(svg, { level: 9 }).length;
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  console.log(
    [
      `${name}: ${map!.nodes.length} nodes, ${map!.edges.length} edges, ${map!.categories.length} categories, ${map!.width}×${map!.height} units`,
      `  layout    median ${fmt(times[Math.floor(times.length / 2)]!)} ms wall (min ${fmt(times[0]!)}, max ${fmt(times.at(-1)!)}, ${count} runs), median ${fmt(cpuTimes[Math.floor(cpuTimes.length / 2)]!)} ms CPU`,
      `  SVG       ${kib(svg.length)} raw, ${kib(gzip)} gzipped (${fmt(svg.length / map!.nodes.length)} bytes raw per node)`,
    ].join('\n'),
  );
}
if (added > 0) console.log(`\nThe generator makes no cross-links, so the bench added ${added} (seeded: 0–3 per question, 60% within its category).`);

/**
 * The synthetic graph with cross-links, if it has none, so the layout and
 * the SVG carry edges as a real FAQ of that size would.
 */
function withCrossLinks(graph: QuestionGraph): { graph: QuestionGraph; added: number } {
  if (graph.questions.some((question) => question.links.some((link) => link.kind === 'question'))) return { graph, added: 0 };
  let state = 42;
  const random = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
  const byCategory = new Map(graph.categories.map((category) => [category.id, category.questions]));
  let added = 0;
  const questions = graph.questions.map((question) => ({ ...question, links: [...question.links], backlinks: [...question.backlinks] }));
  const byId = new Map(questions.map((question) => [question.id, question]));
  for (const question of questions) {
    const siblings = byCategory.get(question.category) ?? [];
    for (let n = Math.floor(random() * 4); n > 0; n--) {
      const pool = random() < 0.6 ? siblings : questions.map((q) => q.id);
      const target = pool[Math.floor(random() * pool.length)];
      if (!target || target === question.id || question.links.some((link) => link.target === target)) continue;
      question.links.push({ target, kind: 'question', text: byId.get(target)!.title });
      byId.get(target)!.backlinks.push(question.id);
      added++;
    }
  }
  return { graph: { ...graph, questions }, added };
}

function fmt(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

function kib(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;
}
