/**
 * Checks all content before `next build` runs, so authors get every problem
 * at once, each as `file:line:column  severity  reason  [rule]`.
 *
 * Input:  `content/` (or `FAQ_CONTENT`, or `--content <dir>`): `faq/*.md`, `site.yaml`, `published-ids.json`,
 *         `redirects.yaml`, `synonyms.yaml`, `wizard/*.yaml`.
 * Output: on stderr, errors and warnings; with `--verbose` also notes (such as
 *         orphan and dead-end questions); then a summary line. With `--format github`, the same
 *         messages as GitHub Actions annotations on stdout, so a pull request shows each on its
 *         line (see the README's workflow); `--relative-to <dir>` writes paths relative to <dir> (the
 *         repository root, when the content is in another checkout than the app). Exit code 1 when
 *         any message is an error (a broken `#anchor`, an unknown question in
 *         the troubleshooter, a glossary line YAML cannot read), else 0.
 * Order:  first step of `npm run build`. The site's graph it built is kept in .next/cache/faq-graph,
 *         so the page-rendering workers of `next build` read it instead of parsing again.
 */
import { resolve } from 'node:path';
import { basePath } from '../lib/base-path';
import { formatGithubAnnotations, formatMessages } from '../lib/content/report';
import { buildSite } from '../lib/site/build-site';
import { contentDir as siteContentDir } from '../lib/site-folders';

const at = process.argv.indexOf('--content');
const contentDir = at >= 0 ? (process.argv[at + 1] ?? siteContentDir) : siteContentDir;
const verbose = process.argv.includes('--verbose');
const formatAt = process.argv.indexOf('--format');
const format = formatAt >= 0 ? process.argv[formatAt + 1] : 'text';
if (format !== 'text' && format !== 'github') {
  console.error(`--format ${format ?? ''}: the formats are \`text\` (the default) and \`github\` (annotations for GitHub Actions)`);
  process.exit(2);
}

const relativeAt = process.argv.indexOf('--relative-to');
const cwd = relativeAt >= 0 ? resolve(process.argv[relativeAt + 1] ?? '.') : process.cwd();
const site = buildSite(contentDir, { basePath, cwd, shareGraph: resolve(contentDir) === siteContentDir ? 'store' : undefined });
const minSeverity = verbose ? 'info' : 'warning';
if (format === 'github') {
  const annotations = formatGithubAnnotations([...site.files], { minSeverity });
  if (annotations) console.log(annotations);
} else {
  const report = formatMessages([...site.files], { minSeverity });
  if (report) console.error(report);
}
if (site.hasErrors) {
  console.error(`\nThe content has errors; fix them and build again.`);
  process.exit(1);
}
const { graph, glossary } = site;
console.error(
  `Content OK: ${graph.documents.length} document(s), ${graph.categories.length} categories, ${graph.questions.length} questions, ` +
    `${Object.keys(site.troubleshooter.tree.nodes).length} troubleshooter steps, ${glossary.groups.length} synonym groups.`,
);
