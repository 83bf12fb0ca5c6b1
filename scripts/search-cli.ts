/**
 * Searches the FAQ from the terminal with the same engine as the site.
 *
 * Inputs:  queries on stdin, one per line; the index is built from content/ (as the site builds it)
 * Options: --json; --weights '<json>', overrides of the ranking weights as bench:search takes them
 * Outputs: with --json, one line per query: {"query","results":[{"id","title","score"}]}, best first,
 *          up to 10; without it, a readable table. Content or glossary errors: messages, exit code 1.
 */
import { createInterface } from 'node:readline';
import { createSearcher } from '@/lib/search';
import { parseRankingWeights } from '@/lib/search/ranking-weights';
import { getSearchIndex } from '@/app/_lib/site';

const json = process.argv.includes('--json');
const weightsAt = process.argv.indexOf('--weights');
let searcher: ReturnType<typeof createSearcher>;
try {
  const weights = weightsAt >= 0 ? parseRankingWeights(process.argv[weightsAt + 1] ?? '') : {};
  searcher = createSearcher(getSearchIndex(), { weights });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

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
