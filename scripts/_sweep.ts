// Temporary: relevance of dev and regression sets only, for several weight variants (no latency, no blind sets).
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
const sets = files.map((f) => ({ name: basename(f), set: parseQuerySet(readFileSync(f, 'utf8'), f) })).filter(({ set }) => set.kind !== 'blind');
const show = process.env.SHOW === '1';
for (const weights of variants) {
  let total = 0, top1 = 0, r3 = 0;
  const row: string[] = [];
  for (const { name, set } of sets) {
    const searcher = createSearcher(indexFor(set.faq), { weights: weights as never });
    let t = 0, r = 0;
    for (const c of set.cases) {
      const ids = searcher.search(c.query, { limit: 10 }).map((x) => x.id);
      const rank = ids.findIndex((id) => c.accept.includes(id));
      if (rank === 0) t++;
      if (rank >= 0 && rank < 3) r++;
      if (show && rank !== 0) console.log(`   ${name} "${c.query}" rank ${rank < 0 ? '-' : rank + 1}: got ${ids.slice(0, 3).join(', ')}`);
    }
    total += set.cases.length; top1 += t; r3 += r;
    row.push(`${name.replace('.tsv', '')} ${t}/${r}`);
  }
  console.log(`${JSON.stringify(weights)}  top1 ${top1}/${total}  r3 ${r3}  | ${row.join('  ')}`);
}
