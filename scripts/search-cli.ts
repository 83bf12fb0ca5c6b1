/**
 * Searches the FAQ from the terminal with the same engine as the site.
 *
 * Inputs:  queries on stdin, one per line; public/search-index.json (built first when missing or older)
 * Outputs: with --json, one line per query: {"query","results":[{"id","title","score"}]}, best first,
 *          up to 10; without it, a readable table.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createSearcher, type SearchIndexData } from '@/lib/search';
import { writeSearchIndex } from './build-search-index';

const json = process.argv.includes('--json');
const path = join(process.cwd(), 'public', 'search-index.json');
const read = () => (existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as SearchIndexData) : undefined);
let data = read();
// A file left by an older build has another shape; rebuild it rather than search it wrongly.
if (data?.version !== 2) {
  writeSearchIndex();
  data = read()!;
}
const searcher = createSearcher(data);

for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  const query = line.replace(/\r$/, '');
  const results = searcher.search(query, { limit: 10 });
  if (json) {
    console.log(JSON.stringify({ query, results: results.map(({ id, title, score }) => ({ id, title, score })) }));
    continue;
  }
  console.log(`\n${query}`);
  if (results.length === 0) console.log('  (no results)');
  results.forEach((result, i) => {
    const badges = result.symptoms.length > 0 ? `  [${result.symptoms.join(', ')}]` : '';
    console.log(`  ${String(i + 1).padStart(2)}. ${result.score.toFixed(3)}  ${result.id}${result.step ? `#${result.step}` : ''}${badges}`);
  });
}
