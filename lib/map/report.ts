import { VFile } from 'vfile';
import type { Question, QuestionGraph } from '@/lib/content/types';
import { buildLinkIndex } from './links';

/** Something an author may want to fix in how the questions link together. */
export type MapFinding =
  /** No other question links here, and the troubleshooter does not lead here: readers only find it by search or browsing. */
  | { type: 'orphan'; question: Question }
  /** The answer links to no other question: a reader who is not helped has nowhere to go next. */
  | { type: 'dead-end'; question: Question };

export interface MapReportOptions {
  /** Questions the troubleshooter leads to (its answer nodes); they are not orphans. */
  troubleshooterQuestions?: ReadonlySet<string>;
}

/**
 * Orphans and dead ends of a graph, in source order (file, line, column);
 * a question that is both is listed twice, once for each.
 */
export function buildMapReport(graph: QuestionGraph, options: MapReportOptions = {}): MapFinding[] {
  const reachable = options.troubleshooterQuestions ?? new Set<string>();
  const { outgoing, incoming } = buildLinkIndex(graph);
  const findings: MapFinding[] = [];
  for (const question of [...graph.questions].sort(bySource)) {
    if (incoming.get(question.id)!.length === 0 && !reachable.has(question.id)) findings.push({ type: 'orphan', question });
    if (outgoing.get(question.id)!.length === 0) findings.push({ type: 'dead-end', question });
  }
  return findings;
}

/** What a finding says, without its position. */
function describeFinding(finding: MapFinding): string {
  switch (finding.type) {
    case 'orphan':
      return `No question links to \`#${finding.question.id}\` and the troubleshooter does not lead to it; link to it from a related answer`;
    case 'dead-end':
      return `\`#${finding.question.id}\` links to no other question; link to what a reader should read next`;
  }
}

/**
 * Adds each finding as a note (`info`, rule `orphan` or `dead-end`) to the
 * file its question is written in, so the content check reports it like every
 * other content message. A file missing from `files` is added.
 */
export function reportMapFindings(findings: readonly MapFinding[], files: VFile[]): void {
  for (const finding of findings) {
    const { file: path, line, column } = finding.question.source;
    let file = files.find((candidate) => candidate.path === path);
    if (!file) files.push((file = new VFile({ path })));
    file.info(describeFinding(finding), { place: { line, column }, ruleId: finding.type, source: 'map' });
  }
}

function bySource(a: Question, b: Question): number {
  return a.source.file.localeCompare(b.source.file) || a.source.line - b.source.line || a.source.column - b.source.column;
}
