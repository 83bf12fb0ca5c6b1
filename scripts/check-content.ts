/**
 * Checks the FAQ content before `next build` runs, so authors get every
 * problem at once as `file:line:column  severity  reason  [rule]`.
 *
 * Input: `content/faq/*.md` and `content/synonyms.yaml` (or `--content <dir>`). Output: messages on
 * stderr; exit code 1 when any is an error (e.g. a broken `#anchor`), else 0.
 * Order: runs first in `npm run build`.
 */
import { loadQuestionGraph } from '../lib/content/load';
import { formatMessages, hasErrors } from '../lib/content/report';
import { loadSynonyms } from '../lib/search/load-synonyms';

const at = process.argv.indexOf('--content');
const contentDir = at >= 0 ? process.argv[at + 1] ?? 'content' : 'content';
const verbose = process.argv.includes('--verbose');

const { graph, files } = loadQuestionGraph(contentDir);
const report = formatMessages(files, { minSeverity: verbose ? 'info' : 'warning' });
if (report) console.error(report);
let glossaryProblems = '';
try {
  loadSynonyms(contentDir);
} catch (error) {
  glossaryProblems = error instanceof Error ? error.message : String(error);
  console.error(glossaryProblems);
}
if (hasErrors(files) || glossaryProblems) {
  console.error(`\nThe FAQ content has errors; fix them and build again.`);
  process.exit(1);
}
console.error(`Content OK: ${graph.documents.length} document(s), ${graph.categories.length} categories, ${graph.questions.length} questions.`);
