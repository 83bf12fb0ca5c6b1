/**
 * The one report an author runs: every message of the content check
 * (errors, warnings and notes), the troubleshooter's messages, then the
 * knowledge map's orphans (nothing links to them and the troubleshooter does
 * not lead there) and dead ends (they link to no other question), all as
 * `file:line:column  severity  reason  [rule]`.
 *
 * Input: `content/` (or `--content <dir>`). Output: the report on stdout and
 * a summary line on stderr; exit code 1 when the content has errors.
 */
import { join } from 'node:path';
import { loadQuestionGraph } from '../lib/content/load';
import { formatMessages, hasErrors } from '../lib/content/report';
import { buildMapReport, formatMapReport } from '../lib/map/report';
import { formatWizardMessages, loadWizardTree } from '../lib/wizard/load';

const at = process.argv.indexOf('--content');
const contentDir = at >= 0 ? process.argv[at + 1] ?? 'content' : 'content';

const { graph, files } = loadQuestionGraph(contentDir);
const sections: string[] = [];
const contentMessages = formatMessages(files, { minSeverity: 'info' });
if (contentMessages) sections.push(contentMessages);

const { tree, messages } = loadWizardTree(join(contentDir, 'wizard'), graph);
if (messages.length > 0) sections.push(formatWizardMessages(messages));
const troubleshooterQuestions = new Set<string>();
for (const node of Object.values(tree.nodes)) if (node.type === 'answer') troubleshooterQuestions.add(node.question);

const findings = buildMapReport(graph, { troubleshooterQuestions });
if (findings.length > 0) sections.push(formatMapReport(findings));
if (sections.length > 0) console.log(sections.join('\n'));

const count = (type: string) => findings.filter((finding) => finding.type === type).length;
console.error(
  `\n${graph.questions.length} questions: ${count('orphan')} orphan(s), ${count('dead-end')} dead end(s); ` +
    `${files.reduce((sum, file) => sum + file.messages.length, 0)} content message(s), ${messages.length} troubleshooter message(s).`,
);
if (hasErrors(files)) process.exit(1);
