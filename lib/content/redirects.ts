/** Retired question ids and the questions they became (`content/redirects.yaml`), checked against the graph. */
import type { VFile } from 'vfile';
import { reportOn } from './report';
import { isMap, isScalar } from 'yaml';
import { parseYamlFile } from '@/lib/yaml-file';
import { didYouMean } from './did-you-mean';
import type { QuestionGraph, SourcePosition } from './types';

export const REDIRECTS_FILE = 'redirects.yaml';

/** `old-id: new-id`, as written, with where. */
export interface Redirect {
  from: string;
  to: string;
  place: SourcePosition;
}

/**
 * Reads `content/redirects.yaml`, a map of retired question id → the id of the
 * question that answers it now. Problems are errors on `file` at their line.
 */
export function parseRedirects(file: VFile): Redirect[] {
  const yaml = parseYamlFile(file, { source: 'redirects' });
  if (!yaml) return [];
  const { doc } = yaml;
  const placeOf = (node: unknown): SourcePosition => yaml.placeOf(node);
  const fail = (reason: string, place: SourcePosition) => reportOn(file, place, reason, { ruleId: 'malformed-redirects', source: 'redirects' });
  if (doc.contents === null) return [];
  if (!isMap(doc.contents)) {
    fail('Write one redirect per line, `old-question-id: new-question-id`', placeOf(doc.contents));
    return [];
  }
  const redirects: Redirect[] = [];
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? pair.key : undefined;
    const value = isScalar(pair.value) ? pair.value : undefined;
    const place = placeOf(key ?? pair.value);
    if (!key || typeof key.value !== 'string' && typeof key.value !== 'number') {
      fail('Each redirect starts with the old question id, then `:` and the new one', place);
      continue;
    }
    if (!value || (typeof value.value !== 'string' && typeof value.value !== 'number')) {
      fail(`Redirect \`${String(key.value)}\` needs the id of the question it leads to: \`${String(key.value)}: new-question-id\``, place);
      continue;
    }
    redirects.push({ from: clean(String(key.value)), to: clean(String(value.value)), place });
  }
  return redirects;
}

/**
 * Adds the redirects to the graph (`redirects`, and `anchors` so `/#old-id` follows
 * them), after checking each: it leads to a question (directly or through other
 * redirects, without a loop), and its old id is not a question any more.
 */
export function applyRedirects(graph: QuestionGraph, redirects: Redirect[], file: VFile): void {
  const questions = new Map(graph.questions.map((question) => [question.id, question]));
  const byFrom = new Map(redirects.map((redirect) => [redirect.from, redirect]));
  for (const redirect of redirects) {
    if (questions.has(redirect.from)) {
      reportOn(file, redirect.place, `\`${redirect.from}\` is still a question, so this redirect would hide it; delete the line, or pin another id on that heading first`, { ruleId: 'redirect-from-question', source: 'redirects' });
      continue;
    }
    const seen = new Set([redirect.from]);
    let to = redirect.to;
    while (!questions.has(to) && byFrom.has(to) && !seen.has(to)) {
      seen.add(to);
      to = byFrom.get(to)!.to;
    }
    const target = questions.get(to);
    if (!target) {
      const loop = seen.has(to) ? `; it goes round in a loop back to \`${to}\`` : '';
      const suggestion = loop ? undefined : didYouMean(redirect.to, questions.keys());
      reportOn(file, redirect.place, `Redirect \`${redirect.from}\` leads to \`${redirect.to}\`, which is no question${loop}${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`, { ruleId: 'redirect-to-nothing', source: 'redirects' });
      continue;
    }
    graph.redirects[redirect.from] = target.url;
    if (!(redirect.from in graph.anchors)) graph.anchors[redirect.from] = target.url;
  }
}

/** Ids as people paste them: `#why-…`, `/q/why-…/`. */
function clean(id: string): string {
  return id.trim().replace(/^.*\/q\//, '').replace(/^#/, '').replace(/\/$/, '');
}
