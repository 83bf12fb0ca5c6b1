/**
 * Where people fail to find answers: the searches that find nothing and the searches followed by
 * "This did not solve it", from a host's export of the site's `faq:*` events, with where to add an
 * `also asked as` phrasing for each. The shape of the export is described in lib/search/reports/search-report.ts
 * and the README (Search).
 *
 * Inputs:  a JSON-lines file of events (one `{"type","detail","time"?,"session"?}` per line); the index
 *          of content/ (or --content <dir>), built as the site builds it, to run the searches again.
 * Options: --content <dir>  the content folder (with faq/, and synonyms.yaml and wizard/ when there are)
 *          --json           the report as one JSON object instead of text
 * Outputs: the report on stdout; skipped lines (named file:line) in it. Exit 1 when the file or the
 *          content cannot be read, 2 on a usage error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { questionIdOf } from '@/lib/search/engine/question-id';
import { createSearcher } from '@/lib/search/engine/searcher';
import { createSiteReader } from '@/lib/site/get-site';
import { buildSearchReport, formatSearchReport, parseFaqEvents } from '@/lib/search/reports/search-report';

const USAGE = 'Usage: npm run report:searches -- [--content <dir>] [--json] events.jsonl';
const args = process.argv.slice(2);
let contentDir = 'content';
let json = false;
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--json') json = true;
  else if (arg === '--content') contentDir = args[++i] ?? fail(`--content needs a folder\n${USAGE}`, 2);
  else if (arg.startsWith('--content=')) contentDir = arg.slice('--content='.length);
  else if (arg.startsWith('-')) fail(`Unknown option ${arg}\n${USAGE}`, 2);
  else files.push(arg);
}
if (files.length !== 1) fail(`Name one events file\n${USAGE}`, 2);

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

const file = resolve(files[0]!);
if (!existsSync(file)) fail(`${files[0]}: no such file`, 1);
let searcher: ReturnType<typeof createSearcher>;
let titles: Map<string, string>;
try {
  const data = createSiteReader(resolve(contentDir))().searchIndex;
  searcher = createSearcher(data);
  titles = new Map(data.questions.map((question) => [questionIdOf(question), question.t]));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error), 1);
}

const { events, problems } = parseFaqEvents(readFileSync(file, 'utf8'), relative(process.cwd(), file));
const report = buildSearchReport(events, searcher, (id) => titles.get(id));
console.log(json ? JSON.stringify({ ...report, skipped: problems }, null, 2) : formatSearchReport(report, problems));
