/**
 * Parser benchmark: how long markdown takes to become a question graph.
 *
 * Inputs:  content/faq/vipps-ecom-api-faq.md (the primary FAQ), and a ~1 MiB FAQ generated from it by
 *          repeating its categories and questions with numbered headings, so every anchor stays unique
 *          and every `#anchor` link still resolves (to the original section).
 * Outputs: figures on stdout for both documents: median and p95 of parse + graph build time over
 *          BENCH_RUNS runs (default 7) after a warm-up, throughput in MB/s at the median, the CPU-time
 *          median (steadier on a busy machine), how much of it is the fixed mdast parse
 *          (remark-parse + remark-gfm), and the ratio big / primary.
 *          Then a scaling check: a checklist-heavy FAQ (every answer a list of steps with block quotes)
 *          at 64 KiB and at 256 KiB; parse time should grow about as fast as size (x4). Unpatched
 *          micromark-util-edit-map 1.0.0 made it grow with the square (see patches/).
 *          Exits with 1 when the generated document does not parse cleanly (a broken benchmark).
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { buildQuestionGraph } from '@/lib/content/build-graph';
import { parseFaqDocument } from '@/lib/content/parse-faq';
import { hasErrors } from '@/lib/content/report';

const root = process.cwd();
const PRIMARY = 'content/faq/vipps-ecom-api-faq.md';
const TARGET_BYTES = 1024 * 1024;
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 7));

interface Section {
  /** `##` category heading line and the lines up to its first question. */
  category: string[];
  /** Each `###` question: its heading line and its answer lines. */
  questions: string[][];
}

/**
 * Splits a categorised FAQ into the part before its first category (metadata, title, table of
 * contents), its categories, and the last category when it has no questions (a closing note).
 * Headings inside fenced code are not headings.
 */
function splitFaq(source: string): { head: string[]; sections: Section[]; tail: string[] } {
  const lines = source.split('\n');
  const afterToc = lines.findIndex((line) => line.includes('END_TOC')) + 1;
  const head: string[] = lines.slice(0, afterToc);
  const sections: Section[] = [];
  let fence: string | null = null;
  for (const line of lines.slice(afterToc)) {
    const marker = /^\s*(```|~~~)/.exec(line)?.[1];
    if (marker) fence = fence === null ? marker : fence === marker ? null : fence;
    const section = sections.at(-1);
    if (fence === null && line.startsWith('## ')) sections.push({ category: [line], questions: [] });
    else if (fence === null && line.startsWith('### ') && section) section.questions.push([line]);
    else if (!section) head.push(line);
    else (section.questions.at(-1) ?? section.category).push(line);
  }
  const tail = sections.at(-1)?.questions.length === 0 ? sections.pop()!.category : [];
  return { head, sections, tail };
}

/** The primary FAQ grown to about `targetBytes`: copies of its categories, numbered from 2. */
function generateFaq(source: string, targetBytes: number): string {
  const { head, sections, tail } = splitFaq(source);
  const numbered = (line: string, copy: number) => (copy === 1 ? line : `${line.trimEnd()} (part ${copy})`);
  const parts = [head.join('\n'), ...sections.map((s) => [...s.category, ...s.questions.flat()].join('\n'))];
  let bytes = Buffer.byteLength(parts.join('\n')) + Buffer.byteLength(tail.join('\n'));
  for (let copy = 2; bytes < targetBytes; copy++) {
    for (const section of sections) {
      if (bytes >= targetBytes) break;
      const text = [
        numbered(section.category[0]!, copy),
        ...section.category.slice(1),
        ...section.questions.flatMap(([heading, ...answer]) => [numbered(heading!, copy), ...answer]),
      ].join('\n');
      parts.push(text);
      bytes += Buffer.byteLength(text) + 1;
    }
  }
  return [...parts, tail.join('\n')].join('\n');
}

const mdast = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

function parseAndBuild(path: string, value: string) {
  const file = new VFile({ path, value });
  return { graph: buildQuestionGraph([parseFaqDocument(file)]), file };
}

/**
 * Wall-clock and CPU milliseconds of each of RUNS runs after one warm-up run. CPU time is the steadier
 * figure on a shared machine, where wall-clock time also counts waiting for a core.
 */
function sample(run: () => unknown, runs = RUNS): { wall: number[]; cpu: number[] } {
  run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    run();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall, cpu };
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
}

function measure(label: string, path: string, value: string) {
  const { graph, file } = parseAndBuild(path, value);
  if (hasErrors([file])) {
    console.error(`${label}: the document has content errors, so the benchmark would measure error paths`);
    process.exit(1);
  }
  const bytes = Buffer.byteLength(value);
  const total = sample(() => parseAndBuild(path, value));
  const parseOnly = sample(() => mdast.parse(value));
  const median = quantile(total.wall, 0.5);
  const cpuMedian = quantile(total.cpu, 0.5);
  const figures = { bytes, median, p95: quantile(total.wall, 0.95), cpuMedian, mbPerSecond: bytes / 1e6 / (median / 1000) };
  const mdastCpu = quantile(parseOnly.cpu, 0.5);
  console.log(`${label}: ${(bytes / 1024).toFixed(0)} KiB, ${graph.categories.length} categories, ${graph.questions.length} questions, ${file.messages.length} messages`);
  console.log(`  parse + graph   median ${ms(median)}   p95 ${ms(figures.p95)}   ${figures.mbPerSecond.toFixed(2)} MB/s   (CPU median ${ms(cpuMedian)}, ${(bytes / 1e6 / (cpuMedian / 1000)).toFixed(2)} MB/s)`);
  console.log(`  of which mdast  median ${ms(quantile(parseOnly.wall, 0.5))}   (CPU ${ms(mdastCpu)}, ${((100 * mdastCpu) / cpuMedian).toFixed(0)}% of the CPU time: remark-parse + remark-gfm, a fixed cost)`);
  return figures;
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

/** A FAQ whose answers are checklists: the shape that made micromark quadratic before the patch. */
function checklistFaq(targetBytes: number): string {
  let text = '# Checklists\n';
  for (let q = 1; text.length < targetBytes; q++) {
    text += `\n## Category ${q}\n\n### Question ${q}\n\n`;
    for (let step = 1; step <= 20; step++) {
      text += `${step}. Step ${step}: open the [portal](https://portal.example.com/${step}) and check \`orderId\`\n   > Tip: keep the receipt.\n`;
    }
  }
  return text;
}

function scaling() {
  const runs = 3;
  const time = (value: string) => quantile(sample(() => parseAndBuild('content/faq/checklists.md', value), runs).wall, 0.5);
  const small = checklistFaq(64 * 1024);
  const large = checklistFaq(256 * 1024);
  const [a, b] = [time(small), time(large)];
  console.log(`\nScaling, checklist-heavy FAQ (median of ${runs}): ${(small.length / 1024).toFixed(0)} KiB ${ms(a)}, ${(large.length / 1024).toFixed(0)} KiB ${ms(b)}: size x${(large.length / small.length).toFixed(1)}, time x${(b / a).toFixed(1)}`);
}

const primarySource = readFileSync(join(root, PRIMARY), 'utf8');
const bigSource = generateFaq(primarySource, TARGET_BYTES);
console.log(`Runs per document: ${RUNS} after a warm-up (set BENCH_RUNS to change); load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores\n`);
const primary = measure('Primary FAQ', PRIMARY, primarySource);
const big = measure('Generated FAQ', 'content/faq/generated-faq.md', bigSource);
console.log(`\nRatio generated / primary: size x${(big.bytes / primary.bytes).toFixed(1)}, median x${(big.median / primary.median).toFixed(1)}, p95 x${(big.p95 / primary.p95).toFixed(1)}, CPU median x${(big.cpuMedian / primary.cpuMedian).toFixed(1)}`);
console.log(`Target: 1 MiB in under 2 s: ${big.median < 2000 ? 'met' : 'NOT met'} (median ${(big.median / 1000).toFixed(2)} s)`);
scaling();
