import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { normalizePhrase } from './normalize';
import type { SynonymGlossary, SynonymGroup } from './types';

/**
 * Reads a synonyms glossary: a YAML list of groups, each a list of two or more
 * words or phrases a searcher uses interchangeably.
 *
 * ```yaml
 * - [charged twice, paid twice, paid double, duplicate payment]
 * - [refund, give money back, refusjon]
 * ```
 *
 * @param file Path used in messages.
 * @defaultValue file `content/synonyms.yaml`
 * @throws Error listing every problem, one per line, as `file:line:column  reason`.
 */
export function parseSynonyms(text: string, file = 'content/synonyms.yaml'): SynonymGlossary {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const problems: string[] = [];
  const report = (offset: number, reason: string) => {
    const { line, col } = lineCounter.linePos(offset);
    problems.push(`${file}:${line}:${col}  ${reason}`);
  };
  const at = (node: Node | null | undefined) => node?.range?.[0] ?? 0;

  for (const error of doc.errors) report(error.pos[0], error.message.split('\n')[0]!);
  const groups: SynonymGroup[] = [];
  const root = doc.contents;
  if (problems.length === 0 && root !== null && !isSeq(root)) {
    report(at(root), 'Expected a list of synonym groups, such as `- [refund, money back]`');
  }
  if (problems.length === 0 && isSeq(root)) {
    for (const item of root.items as Node[]) {
      if (!isSeq(item)) {
        const hint = isMap(item) ? 'a mapping' : isScalar(item) ? `\`${String(item.value)}\`` : 'this';
        report(at(item), `Expected a group (a list of phrases), found ${hint}; write it as \`- [phrase, other phrase]\``);
        continue;
      }
      const phrases: string[] = [];
      const seen = new Map<string, string>();
      for (const entry of item.items as Node[]) {
        if (!isScalar(entry) || entry.value === null || typeof entry.value === 'object' || String(entry.value).trim() === '') {
          report(at(entry), 'Expected a word or phrase; found an empty or nested entry');
          continue;
        }
        const phrase = String(entry.value).trim();
        const normal = normalizePhrase(phrase);
        if (normal === '') {
          report(at(entry), `\`${phrase}\` has no searchable words (only stopwords or punctuation)`);
          continue;
        }
        const earlier = seen.get(normal);
        if (earlier !== undefined) {
          report(at(entry), `\`${phrase}\` repeats \`${earlier}\` in the same group; remove one`);
          continue;
        }
        seen.set(normal, phrase);
        phrases.push(phrase);
      }
      if (phrases.length < 2 && (item.items as Node[]).length < 2) {
        report(at(item), 'A synonym group needs at least two phrases');
        continue;
      }
      if (phrases.length >= 2) groups.push({ phrases, line: lineCounter.linePos(at(item)).line });
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return { groups };
}
