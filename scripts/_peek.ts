import { readFileSync, readdirSync } from 'node:fs';
import { VFile } from 'vfile';
import { buildQuestionGraph } from '@/lib/content/build-graph';
import { parseFaqDocument } from '@/lib/content/parse-faq';
for (const f of readdirSync('e2e/fixtures/corpora').filter(f=>f.endsWith('.md'))) {
  const path = 'e2e/fixtures/corpora/'+f;
  const g = buildQuestionGraph([parseFaqDocument(new VFile({ path, value: readFileSync(path, 'utf8') }))]);
  const titles = new Map(g.questions.map(q=>[q.id,q.title]));
  console.log('==', f, g.questions.length);
  for (const q of g.questions) { if (q.tocLabels.length) console.log('  toc', q.id, q.tocLabels); if (q.alsoAskedAs.length) console.log(' aaa', q.alsoAskedAs); }
  for (const q of g.questions) for (const l of q.links) if (l.kind==='question' && l.text !== titles.get(l.target)) console.log('  link', JSON.stringify(l.text), '->', l.target);
}
