/** Keeps the question ids a site has published, so rewording a heading cannot silently break links already sent. */
import { dirname } from 'node:path';
import type { VFile } from 'vfile';
import { commandFor, contentPath } from './command-hint';
import { reportOn } from './report';
import type { Question, QuestionGraph } from './types';

/** Question id → file name of the document that published it (`vipps-ecom-api-faq.md`). */
export type PublishedIds = Map<string, string>;

export const PUBLISHED_IDS_FILE = 'published-ids.json';

/**
 * Reads `content/published-ids.json`: `{ "<question id>": "<file name>", … }`.
 * A file that is not such an object is one error on it; nothing is checked then.
 */
export function parsePublishedIds(file: VFile): PublishedIds {
  const ids: PublishedIds = new Map();
  let value: unknown;
  try {
    value = JSON.parse(String(file.value));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    reportOn(file, { line: 1, column: 1 }, `Cannot read the published ids: ${reason}; run \`npm run publish:ids\` to write the file again`, { ruleId: 'malformed-published-ids', source: 'published-ids' });
    return ids;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    reportOn(file, { line: 1, column: 1 }, 'The published ids must be one JSON object of `"question-id": "file.md"`; run `npm run publish:ids` to write it again', { ruleId: 'malformed-published-ids', source: 'published-ids' });
    return ids;
  }
  for (const [id, document] of Object.entries(value)) {
    if (typeof document === 'string') ids.set(id, document);
    else {
      reportOn(file, lineOfKey(file, id), `Published id \`${id}\` must name the file it belongs to, as a string`, { ruleId: 'malformed-published-ids', source: 'published-ids' });
    }
  }
  return ids;
}

/**
 * Fails every published id that no question has any more and no redirect covers.
 * The message goes to the heading that most likely took its place (a new id in
 * the same file with the most words in common), at its line, with the two ways
 * out; without such a heading, to the id's line in the record.
 */
export function checkPublishedIds(graph: QuestionGraph, published: PublishedIds, record: VFile, faqFiles: VFile[]): void {
  const current = new Set(graph.questions.map((question) => question.id));
  const fresh = graph.questions.filter((question) => !published.has(question.id));
  const here = new Set(faqFiles.map((file) => fileName(file.path)));
  const folder = dirname(record.path);
  const redirects = contentPath(folder, 'redirects.yaml');
  // A whole document that is gone (a team put its own FAQ in place of the demo's) is one message, not one per question.
  const goneDocuments = new Map<string, string[]>();
  for (const [id, document] of published) {
    if (current.has(id) || id in graph.redirects || here.has(document.toLowerCase())) continue;
    goneDocuments.set(document, [...(goneDocuments.get(document) ?? []), id]);
  }
  for (const [document, ids] of goneDocuments) {
    reportOn(
      record,
      lineOfKey(record, ids[0]!),
      `\`${document}\` is gone, with the ${ids.length} question${ids.length === 1 ? '' : 's'} the site published from it; bring the file back into faq/ to keep their links working, or accept that they are gone: ${commandFor(folder, 'publish:ids', `--forget-document ${document}`)}`,
      { ruleId: 'published-document-gone', source: 'published-ids' },
    );
  }
  for (const [id, document] of published) {
    if (current.has(id) || id in graph.redirects || goneDocuments.has(document)) continue;
    const candidates = fresh.filter((question) => fileName(question.source.file) === document.toLowerCase());
    const renamed = likelyRenamed(id, candidates);
    const file = renamed && faqFiles.find((f) => f.path === renamed.source.file);
    if (renamed && file) {
      const heading = headingLine(file, renamed.source.line);
      const pin = heading ? `\`${heading} {#${id}}\`` : `\`{#${id}}\` at the end of the heading`;
      reportOn(file, { line: renamed.source.line, column: renamed.source.column }, `Published question id \`#${id}\` is gone, and this heading (now \`#${renamed.id}\`) looks like its new wording; keep the links already sent working: pin the old id (${pin}) or add \`${id}: ${renamed.id}\` to ${redirects}`, { ruleId: 'published-id-gone', source: 'published-ids' });
      continue;
    }
    reportOn(record, lineOfKey(record, id), `Published question id \`#${id}\` (${document}) is gone and no new heading there looks like it; pin \`{#${id}}\` on the heading that answers it now, add \`${id}: <new id>\` to ${redirects}, or delete this line if the answer is gone for good`, { ruleId: 'published-id-gone', source: 'published-ids' });
  }
}

/**
 * The record after publishing `graph`: every id it had (retired ones stay, so their
 * redirects stay required) and every current question id, sorted; `forget` drops ids, and
 * `forgetDocuments` every id of those files.
 */
export function recordPublishedIds(graph: QuestionGraph, previous: PublishedIds, forget: Iterable<string> = [], forgetDocuments: Iterable<string> = []): string {
  const documents = new Set([...forgetDocuments].map((name) => fileName(name)));
  const ids = new Map([...previous].filter(([, document]) => !documents.has(document.toLowerCase())));
  for (const question of graph.questions) ids.set(question.id, fileName(question.source.file));
  for (const id of forget) ids.delete(id);
  const sorted = [...ids].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${JSON.stringify(Object.fromEntries(sorted), null, 2)}\n`;
}

/** The candidate sharing the most words with `id`, when it shares at least half of the shorter one's. */
function likelyRenamed(id: string, candidates: Question[]): Question | undefined {
  const words = new Set(id.split(/[-_]+/).filter(Boolean));
  let best: Question | undefined;
  let bestScore = 0;
  for (const question of candidates) {
    const theirs = new Set(question.id.split(/[-_]+/).filter(Boolean));
    const shared = [...words].filter((word) => theirs.has(word)).length;
    const score = shared / Math.max(1, Math.min(words.size, theirs.size));
    if (score > bestScore) {
      best = question;
      bestScore = score;
    }
  }
  if (bestScore >= 0.5) return best;
  return candidates.length === 1 ? candidates[0] : undefined;
}

function headingLine(file: VFile, line: number): string | undefined {
  const text = String(file.value).split('\n')[line - 1]?.trim();
  return text?.startsWith('#') ? text.replace(/\s*\{#[^}]*\}\s*$/, '') : undefined;
}

function lineOfKey(file: VFile, key: string): { line: number; column: number } {
  const lines = String(file.value).split('\n');
  const at = lines.findIndex((line) => line.includes(`${JSON.stringify(key)}:`));
  return at >= 0 ? { line: at + 1, column: lines[at]!.indexOf('"') + 1 } : { line: 1, column: 1 };
}

function fileName(path: string): string {
  return (path.split('/').pop() ?? path).toLowerCase();
}
