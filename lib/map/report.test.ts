import { describe, expect, it } from 'vitest';
import type { VFile } from 'vfile';
import { formatMessages } from '@/lib/content/report';
import { buildMapReport, reportMapFindings, type MapFinding } from './report';
import { testGraph } from './test-graph';

/** The findings as the content check prints them. */
function report(findings: MapFinding[]): string {
  const files: VFile[] = [];
  reportMapFindings(findings, files);
  return formatMessages(files);
}

describe('buildMapReport', () => {
  it('lists orphans and dead ends in source order, as file:line:column lines', () => {
    const findings = buildMapReport(testGraph(), { troubleshooterQuestions: new Set(['echo']) });
    expect(report(findings).split('\n')).toEqual([
      'content/faq/test.md:5:1  info  No question links to `#alpha` and the troubleshooter does not lead to it; link to it from a related answer  [orphan]',
      'content/faq/test.md:8:1  info  `#bravo` links to no other question; link to what a reader should read next  [dead-end]',
      'content/faq/test.md:16:1  info  No question links to `#delta` and the troubleshooter does not lead to it; link to it from a related answer  [orphan]',
      'content/faq/test.md:19:1  info  `#echo` links to no other question; link to what a reader should read next  [dead-end]',
    ]);
  });

  it('calls a question the troubleshooter does not reach and nothing links to an orphan, and a self-link no way out', () => {
    const findings = buildMapReport(testGraph());
    expect(findings.map((finding) => `${finding.type} ${finding.question.id}`)).toEqual([
      'orphan alpha',
      'dead-end bravo',
      'orphan delta',
      'orphan echo',
      'dead-end echo',
    ]);
  });

  it('says nothing when every question is linked both ways', () => {
    const graph = testGraph();
    // A ring: each question links to the next, the last to the first.
    graph.questions.forEach((question, at) => {
      const next = graph.questions[(at + 1) % graph.questions.length]!;
      question.links = [{ target: next.id, kind: 'question', text: next.title }];
    });
    expect(report(buildMapReport(graph))).toBe('');
  });
});
