/**
 * Records the question ids the site publishes, so a later rewording that would break links already
 * sent fails the build instead (see README, "Published URLs survive rewording").
 *
 * Input: content/ (or `--content <dir>`), and content/published-ids.json when it exists.
 * Output: content/published-ids.json with every id it had plus every current question id.
 * `--forget <id>` (repeatable) drops an id whose answer is gone for good; `--forget-document <file.md>`
 * (repeatable) drops every id a document that is gone had published (a team's own FAQ in place of the demo's).
 * Order: run before publishing a content change that adds questions; `npm run build` only reads the file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { buildSite } from '../lib/site/build-site';
import { parsePublishedIds, PUBLISHED_IDS_FILE, recordPublishedIds } from '../lib/content/published-ids';
import { formatMessages, hasErrors } from '../lib/content/report';
import { contentDir as siteContentDir } from '../lib/site-folders';

const argument = (name: string) => process.argv.flatMap((arg, i) => (arg === name ? [process.argv[i + 1] ?? ''] : []));
const contentDir = argument('--content')[0] ?? siteContentDir;
const path = join(contentDir, PUBLISHED_IDS_FILE);

const previous = existsSync(path) ? parsePublishedIds(new VFile({ path, value: readFileSync(path, 'utf8') })) : new Map<string, string>();
const { graph, files } = buildSite(contentDir);
// Only a broken question graph stops the record; the troubleshooter or the glossary do not name ids.
const recorded = new Set(['published-id-gone', 'published-document-gone']);
const broken = files.filter((file) => file.messages.some((message) => message.fatal === true && !recorded.has(message.ruleId ?? '') && ['faq', 'site', 'redirects', 'published-ids'].includes(message.source ?? '')));
if (hasErrors(broken)) {
  console.error(formatMessages(broken, { minSeverity: 'error' }));
  console.error('\nFix the content errors first; the ids were not recorded.');
  process.exit(1);
}
const forgotten = argument('--forget-document');
const unknown = forgotten.filter((name) => ![...previous.values()].some((document) => document.toLowerCase() === (name.split('/').pop() ?? name).toLowerCase()));
if (unknown.length > 0) {
  console.error(`${unknown.map((name) => `\`${name}\``).join(', ')} published no ids; the documents in ${path} are ${[...new Set(previous.values())].map((d) => `\`${d}\``).join(', ')}.`);
  process.exit(1);
}
const text = recordPublishedIds(graph, previous, argument('--forget'), forgotten);
writeFileSync(path, text);
const added = graph.questions.filter((question) => !previous.has(question.id)).length;
console.error(`${path}: ${Object.keys(JSON.parse(text)).length} published ids (${added} new).`);
