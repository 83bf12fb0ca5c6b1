// Temporary: totals of every set (blind included, totals only) for weight variants: the keep-or-drop gate.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { VFile } from 'vfile';
import { buildQuestionGraph } from '@/lib/content/build-graph';
import { parseFaqDocument } from '@/lib/content/parse-faq';
import { buildSearchIndex } from '@/lib/search/build/build-index';
import { glossaryFor, readSynonyms } from '@/lib/search/build/synonyms';
import { createSearcher } from '@/lib/search/engine/searcher';
import type { SearchIndexData } from '@/lib/search/engine/types';
import { buildSite } from '@/lib/site/build-site';
import { readContentFiles } from '@/lib/site/content-files';
import { parseQuerySet } from '@/lib/search/reports/query-set';
const root = process.cwd();
const variants: Record<string, unknown>[] = process.argv.slice(2).map((a) => JSON.parse(a));
if (variants.length === 0) variants.push({});
const { glossary } = readContentFiles(join(root, 'content'), root);
const synonyms = glossary ? readSynonyms(glossary) : { groups: [] };
const indexes = new Map<string, SearchIndexData>();
const indexFor = (faq?: string) => {
  const key = faq ?? '';
  if (!indexes.has(key)) {
    const index = faq === undefined ? buildSite(join(root, 'content'), { cwd: root }).searchIndex : buildSearchIndex(buildQuestionGraph([parseFaqDocument(new VFile({ path: faq, value: readFileSync(join(root, faq), 'utf8') }))]), glossaryFor(synonyms, [basename(faq)]));
    indexes.set(key, JSON.parse(JSON.stringify(index)));
  }
  return indexes.get(key)!;
};
const files = [join(root, '..', 'shared', 'queries', 'starter.tsv'), ...readdirSync('queries').filter((f) => f.endsWith('.tsv')).map((f) => join('queries', f))].filter(existsSync);
const sets = files.map((f) => ({ name: basename(f).replace('.tsv', ''), set: parseQuerySet(readFileSync(f, 'utf8'), f) }));
for (const weights of variants) {
  const row: string[] = [];
  const sums: Record<string, [number, number, number]> = {};
  for (const { name, set } of sets) {
    const searcher = createSearcher(indexFor(set.faq), { weights: weights as never });
    let t = 0, r = 0;
    for (const c of set.cases) {
      const rank = searcher.search(c.query, { limit: 10 }).map((x) => x.id).findIndex((id) => c.accept.includes(id));
      if (rank === 0) t++;
      if (rank >= 0 && rank < 3) r++;
    }
    const s = (sums[set.kind] ??= [0, 0, 0]);
    s[0] += t; s[1] += r; s[2] += set.cases.length;
    row.push(`${name}${set.kind === 'blind' ? '*' : ''} ${t}/${r}`);
  }
  console.log(`${JSON.stringify(weights)}  ${Object.entries(sums).map(([k, [t, r, n]]) => `${k} ${t}/${r} of ${n}`).join('  ')}\n   ${row.join('  ')}`);
}
