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
 * A glossary belongs to its content: the whole file, or one group, can say which FAQ documents it is
 * for (file names, `*` for any run of characters), and a site that has none of them does not use it.
 *
 * ```yaml
 * documents: [vipps-*.md]          # the whole file
 * groups:
 *   - [refund, refusjon]
 *   - documents: [checkout.md]     # one group
 *     words: [express checkout, hurtigkasse]
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

  let root = yaml.doc.contents as Node | null;
  if (root === null) return { groups: [] };
  let fileDocuments: string[] | undefined;
  if (isMap(root) && (root.has('documents') || root.has('groups'))) {
    const known = ['documents', 'groups'];
    for (const pair of root.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!known.includes(key)) error(pair.key, 'invalid-shape', `Unknown key \`${key}\`; a glossary is a list of groups, or \`documents:\` and \`groups:\``);
    }
    fileDocuments = readDocuments(root.get('documents', true), error);
    root = (root.get('groups', true) as Node | undefined) ?? null;
    if (root === null) return { groups: [] };
  }
  if (!isSeq(root)) {
    error(root, 'invalid-shape', 'Expected a list of synonym groups, such as `- [refund, money back]`');
    return { groups: [] };
  }
  const groups: SynonymGroup[] = [];
  for (const entry of root.items as Node[]) {
    let item: Node | undefined = entry;
    let documents = fileDocuments;
    if (isMap(entry) && entry.has('words')) {
      documents = readDocuments(entry.get('documents', true), error) ?? fileDocuments;
      item = entry.get('words', true) as Node | undefined;
    }
    if (!isSeq(item)) {
      const found = isMap(item) ? 'a mapping' : isScalar(item) ? `\`${String(item.value)}\`` : 'this';
      error(item ?? entry, 'invalid-shape', `Expected a group (a list of phrases), found ${found}; write it as \`- [phrase, other phrase]\`, or \`- documents: [file.md]\` with \`words: [phrase, other phrase]\``);
      continue;
    }
    const phrases: string[] = [];
    const seen = new Map<string, string>();
    for (const word of item.items as Node[]) {
      if (!isScalar(word) || word.value === null || typeof word.value === 'object' || String(word.value).trim() === '') {
        error(word, 'invalid-shape', 'Expected a word or phrase; found an empty or nested entry');
        continue;
      }
      const phrase = String(word.value).trim();
      const normal = normalizePhrase(phrase);
      const earlier = seen.get(normal);
      if (normal === '') error(word, 'no-searchable-words', `\`${phrase}\` has no searchable words (only stopwords or punctuation)`);
      else if (earlier !== undefined) error(word, 'repeated-phrase', `\`${phrase}\` repeats \`${earlier}\` in the same group; remove one`);
      else {
        seen.set(normal, phrase);
        phrases.push(phrase);
      }
    }
    if (phrases.length >= 2) groups.push({ phrases, line: yaml.placeOf(item).line, ...(documents ? { documents } : {}) });
    else if (item.items.length < 2) error(item, 'too-few-phrases', 'A synonym group needs at least two phrases');
  }
  return { groups };
}

/** `documents: [a.md, vipps-*.md]`: the file names a glossary or a group is for. */
function readDocuments(node: unknown, error: (node: unknown, ruleId: string, reason: string) => void): string[] | undefined {
  if (node === undefined || node === null) return undefined;
  const items = isSeq(node) ? (node.items as Node[]) : [node as Node];
  const names = items.filter((item) => isScalar(item) && typeof item.value === 'string' && item.value.trim()).map((item) => String((item as { value: string }).value).trim());
  if (names.length !== items.length || names.length === 0) {
    error(node, 'invalid-shape', 'Expected `documents:` to list FAQ file names, such as `documents: [pnpm.md, *-faq.md]`');
    return undefined;
  }
  return names;
}

/**
 * The groups of a glossary that a site of these FAQ files uses: those for any of its documents, and
 * those that name none. A group for documents the site does not have never reaches its search.
 */
export function glossaryFor(glossary: SynonymGlossary, fileNames: readonly string[]): SynonymGlossary {
  const names = fileNames.map((name) => name.toLowerCase());
  const matches = (pattern: string) => {
    const regex = new RegExp(`^${pattern.toLowerCase().split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    return names.some((name) => regex.test(name));
  };
  return { groups: glossary.groups.filter((group) => !group.documents || group.documents.some(matches)) };
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
