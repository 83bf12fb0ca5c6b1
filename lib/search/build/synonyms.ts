import { VFile } from 'vfile';
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { parseYamlFile } from '@/lib/yaml-file';
import { reportOn } from '@/lib/content/report';
import { normalizePhrase } from '../engine/normalize';
import type { SynonymGlossary, SynonymGroup } from '../engine/types';

/**
 * Reads a synonyms glossary: a YAML list of groups, each a list of two or more
 * words or phrases a searcher uses interchangeably.
 *
 * ```yaml
 * - [charged twice, paid twice, paid double, duplicate payment]
 * - [refund, give money back, refusjon]
 * ```
 *
 * Problems become messages on `file`, as for every content file: errors
 * (`malformed-yaml`, `invalid-shape`, `too-few-phrases`, `no-searchable-words`,
 * `repeated-phrase`) and nothing else. The groups that could be read are
 * returned either way.
 */
export function readSynonyms(file: VFile): SynonymGlossary {
  const yaml = parseYamlFile(file, { source: 'glossary' });
  if (!yaml) return { groups: [] };
  const error = (node: unknown, ruleId: string, reason: string) => reportOn(file, yaml.placeOf(node), reason, { ruleId, source: 'glossary' });

  const root = yaml.doc.contents;
  if (root === null) return { groups: [] };
  if (!isSeq(root)) {
    error(root, 'invalid-shape', 'Expected a list of synonym groups, such as `- [refund, money back]`');
    return { groups: [] };
  }
  const groups: SynonymGroup[] = [];
  for (const item of root.items as Node[]) {
    if (!isSeq(item)) {
      const found = isMap(item) ? 'a mapping' : isScalar(item) ? `\`${String(item.value)}\`` : 'this';
      error(item, 'invalid-shape', `Expected a group (a list of phrases), found ${found}; write it as \`- [phrase, other phrase]\``);
      continue;
    }
    const phrases: string[] = [];
    const seen = new Map<string, string>();
    for (const entry of item.items as Node[]) {
      if (!isScalar(entry) || entry.value === null || typeof entry.value === 'object' || String(entry.value).trim() === '') {
        error(entry, 'invalid-shape', 'Expected a word or phrase; found an empty or nested entry');
        continue;
      }
      const phrase = String(entry.value).trim();
      const normal = normalizePhrase(phrase);
      const earlier = seen.get(normal);
      if (normal === '') error(entry, 'no-searchable-words', `\`${phrase}\` has no searchable words (only stopwords or punctuation)`);
      else if (earlier !== undefined) error(entry, 'repeated-phrase', `\`${phrase}\` repeats \`${earlier}\` in the same group; remove one`);
      else {
        seen.set(normal, phrase);
        phrases.push(phrase);
      }
    }
    if (phrases.length >= 2) groups.push({ phrases, line: yaml.placeOf(item).line });
    else if (item.items.length < 2) error(item, 'too-few-phrases', 'A synonym group needs at least two phrases');
  }
  return { groups };
}

/**
 * `readSynonyms` for a text, throwing when it has errors: the message lists
 * each as `file:line:column  reason`.
 *
 * @param file Path used in messages.
 * @defaultValue file `content/synonyms.yaml`
 */
export function parseSynonyms(text: string, file = 'content/synonyms.yaml'): SynonymGlossary {
  const vfile = new VFile({ path: file, value: text });
  const glossary = readSynonyms(vfile);
  const errors = vfile.messages.filter((message) => message.fatal === true);
  if (errors.length > 0) throw new Error(errors.map((message) => `${file}:${message.line}:${message.column}  ${message.reason}`).join('\n'));
  return glossary;
}
