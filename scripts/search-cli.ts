/**
 * Searches an FAQ from the terminal with the same engine as the site.
 *
 * Inputs:  queries on stdin, one per line; the index is built from content/ (or --content <dir>) as the site
 *          builds it: <dir>/faq/*.md, with <dir>/synonyms.yaml and the troubleshooter <dir>/wizard/ when they exist.
 * Options: --json; --content <dir>; --weights '<json>', overrides of the ranking weights as bench:search takes them
 * Outputs: with --json, one line per query: {"query","results":[{"id","title","score"}]}, best first,
 *          up to 10; without it, a readable table. Content or glossary errors: messages, exit code 1;
 *          usage errors: exit code 2.
 */
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { createSearcher } from '@/lib/search';
import { loadSearchIndex } from '@/lib/search/load-search-index';
import { parseRankingWeights, type RankingWeights } from '@/lib/search/ranking-weights';

const USAGE = `Usage: npm run -s search -- [--json] [--content <dir>] [--weights '{"title":6}'] < queries.txt`;
let json = false;
let contentDir = 'content';
let weightsJson: string | undefined;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--json') json = true;
  else if (arg === '--content') contentDir = args[++i] ?? usage('--content needs a folder');
  else if (arg.startsWith('--content=')) contentDir = arg.slice('--content='.length);
  else if (arg === '--weights') weightsJson = args[++i] ?? usage('--weights needs a JSON object');
  else if (arg.startsWith('--weights=')) weightsJson = arg.slice('--weights='.length);
  else usage(`Unknown argument ${arg}`);
}

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let searcher: ReturnType<typeof createSearcher>;
try {
  const weights: Partial<RankingWeights> = weightsJson === undefined ? {} : parseRankingWeights(weightsJson);
  searcher = createSearcher(loadSearchIndex(resolve(contentDir)), { weights });
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
