/**
 * Searches an FAQ from the terminal with the same engine as the site.
 *
 * Inputs:  queries on stdin, one per line; the index is built from content/ (or --content <dir>) as the site
 *          builds it: <dir>/faq/*.md, with <dir>/synonyms.yaml and the troubleshooter <dir>/wizard/ when they exist,
 *          and served as the site serves it: one file, or past 100 KB gzipped a core and shards
 *          (lib/search/build/search-files.ts), whose shards each query fetches through the browser's searchAsync, from
 *          memory. --index <file> searches a built site's index instead (out/search-index.json), reading its shards
 *          from disk beside it.
 * Options: --json; --content <dir>; --index <file>; --weights '<json>', overrides of the ranking weights as bench:search takes them
 * Outputs: with --json, one line per query: {"query","results":[{"id","title","score"}]}, best first,
 *          up to 10; without it, a readable table. Content or glossary errors: messages, exit code 1;
 *          usage errors: exit code 2.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { openSearcher, type Searcher } from '@/lib/search/engine/client';
import { createSiteReader } from '@/lib/site/get-site';
import { parseRankingWeights, type RankingWeights } from '@/lib/search/engine/ranking-weights';
import { buildSearchFiles } from '@/lib/search/build/search-files';

const USAGE = `Usage: npm run -s search -- [--json] [--content <dir> | --index <out/search-index.json>] [--weights '{"title":6}'] < queries.txt`;
let json = false;
let contentDir = 'content';
let indexFile: string | undefined;
let weightsJson: string | undefined;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--json') json = true;
  else if (arg === '--content') contentDir = args[++i] ?? usage('--content needs a folder');
  else if (arg.startsWith('--content=')) contentDir = arg.slice('--content='.length);
  else if (arg === '--index') indexFile = args[++i] ?? usage('--index needs a search-index.json file');
  else if (arg.startsWith('--index=')) indexFile = arg.slice('--index='.length);
  else if (arg === '--weights') weightsJson = args[++i] ?? usage('--weights needs a JSON object');
  else if (arg.startsWith('--weights=')) weightsJson = arg.slice('--weights='.length);
  else usage(`Unknown argument ${arg}`);
}

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

/** The searcher, over the index file and shards as a browser would fetch them: JSON text, parsed. */
async function open(weights: Partial<RankingWeights>): Promise<Searcher> {
  if (indexFile !== undefined) {
    const dir = dirname(resolve(indexFile));
    const read = async (path: string): Promise<unknown> => JSON.parse(await readFile(join(dir, path), 'utf8'));
    return openSearcher((await read(basename(indexFile))) as Parameters<typeof openSearcher>[0], read, { weights });
  }
  const files = buildSearchFiles(createSiteReader(resolve(contentDir))().searchIndex);
  const read = async (path: string): Promise<unknown> => {
    const shard = files.shards.get(path);
    if (!shard) throw new Error(`No shard ${path} in the index of ${contentDir}`);
    return JSON.parse(JSON.stringify(shard));
  };
  return openSearcher(JSON.parse(JSON.stringify(files.index)) as typeof files.index, read, { weights });
}

let searcher: Searcher;
try {
  searcher = await open(weightsJson === undefined ? {} : parseRankingWeights(weightsJson));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  const query = line.replace(/\r$/, '');
  const { results, reading } = await searcher.queryAsync(query, { limit: 10 });
  if (json) {
    console.log(
      JSON.stringify({
        query,
        // Identifiers and quoted messages no answer contains: the results are partial matches.
        unmatched: reading.missing,
        expansions: reading.expansions,
        results: results.map(({ id, title, score }) => ({ id, title, score })),
      }),
    );
    continue;
  }
  console.log(`\n${query}`);
  for (const missing of reading.missing) console.log(`  No answer mentions ${missing}${results.length > 0 ? '; partial matches:' : '.'}`);
  if (reading.expansions.length > 0) console.log(`  also searched for ${reading.expansions.map((e) => `${e.text} (${e.kind}, for ${e.for})`).join(', ')}`);
  if (results.length === 0 && reading.missing.length === 0) console.log('  (no results)');
  results.forEach((result, i) => {
    const badges = result.symptoms.length > 0 ? `  [${result.symptoms.join(', ')}]` : '';
    console.log(`  ${String(i + 1).padStart(2)}. ${result.score.toFixed(3)}  ${result.id}${result.step ? `#${result.step}` : ''}${badges}`);
  });
}
