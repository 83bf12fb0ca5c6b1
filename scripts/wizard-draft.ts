/**
 * Writes the troubleshooter drafted for one FAQ document as YAML in the tree's format
 * (content/wizard/*.yaml), for an author to edit and commit: the draft is a start, the words are theirs.
 *
 * Usage:   npm run wizard:draft -- <document> [--content <dir>] [--out <file>] [--compare]
 *          <document> is a file name in <content>/faq (`pnpm.md`) or a document id (`pnpm`).
 *          --compare: instead of the YAML, how the draft stands beside the authored tree: how many of
 *          the authored answers it reaches within 4 choices, and each answer's labels in both.
 * Inputs:  the content folder (`content/`, or FAQ_CONTENT, or --content).
 * Outputs: the YAML on stdout, or in --out. With no `wizard/tree.yaml` yet it is a whole tree with
 *          `root:`; beside one, it is `nodes:` only, and says which node to link from your root.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { buildSite } from '../lib/site/build-site';
import { contentDir as siteContentDir } from '../lib/site-folders';
import { draftTroubleshooter, MAX_DEPTH } from '../lib/wizard/draft/draft-tree';
import { pathsTo } from '../lib/wizard/walk';
import type { WizardTree } from '../lib/wizard/types';
import { treeToYaml } from '../lib/wizard/draft/to-yaml';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const contentDir = option('--content') ?? siteContentDir;
const out = option('--out');
const wanted = args.find((arg, i) => !arg.startsWith('--') && !['--content', '--out'].includes(args[i - 1] ?? ''));

const site = buildSite(contentDir);
const documents = site.graph.documents;
const names = documents.map((document) => document.file.split('/').pop()!);
if (!wanted) {
  console.error(`Usage: npm run wizard:draft -- <document> [--content <dir>] [--out <file>]\nThe documents are ${names.map((name) => `\`${name}\``).join(', ')}.`);
  process.exit(2);
}
const document = documents.find((d, i) => d.id === wanted || names[i] === wanted || names[i] === `${wanted}.md`);
if (!document) {
  console.error(`No document \`${wanted}\` in ${join(contentDir, 'faq')}; the documents are ${names.map((name) => `\`${name}\``).join(', ')}.`);
  process.exit(2);
}

// The draft of this document alone, as if it were the site's only FAQ.
const graph = {
  ...site.graph,
  documents: [document],
  categories: site.graph.categories.filter((category) => category.document === document.id),
  questions: site.graph.questions.filter((question) => question.document === document.id),
};
const { tree } = draftTroubleshooter(graph);
if (args.includes('--compare')) {
  compare(site.troubleshooter.tree, tree);
  process.exit(0);
}
// Named as the author gave the content folder: relative to here, or absolute when it was given so.
const givenAbsolute = isAbsolute(option('--content') ?? process.env.FAQ_CONTENT ?? '');
const wizardDir = givenAbsolute ? join(contentDir, 'wizard') : relative(process.cwd(), join(contentDir, 'wizard'));
const beside = existsSync(join(wizardDir, 'tree.yaml'));
const header = [
  `The troubleshooter drafted from ${document.file.split('/').pop()} (npm run wizard:draft). Edit the prompts and`,
  'labels into your users\' words, reorder, cut; node ids are URLs, so keep them once published.',
  beside
    ? `Save it beside tree.yaml in ${wizardDir}/, and link \`${tree.root}\` from an option of your root.`
    : `Save it as ${wizardDir}/tree.yaml. Answers without \`checklist:\` use the answer's own numbered steps,`,
  ...(beside ? [] : ['or show the answer whole when it has none. Run `npm run check:content` after each edit.']),
].join('\n');
const yaml = treeToYaml(tree, { nodesOnly: beside, header });
if (out) {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, yaml);
  console.error(`Wrote ${out}: ${Object.keys(tree.nodes).length} nodes for ${document.title}.`);
} else {
  process.stdout.write(yaml);
}

/** How the draft stands beside the authored tree, for the document's questions the authored tree answers. */
function compare(authored: WizardTree, drafted: WizardTree): void {
  const labelsTo = (tree: WizardTree) => {
    const paths = pathsTo(tree);
    const found = new Map<string, { depth: number; path: string[] }>();
    for (const node of Object.values(tree.nodes)) {
      if (node.type !== 'answer' || !paths[node.id] || node.drafted === undefined && tree === drafted) continue;
      const path = paths[node.id]!.map((step) => step.label);
      const known = found.get(node.question);
      if (!known || path.length < known.depth) found.set(node.question, { depth: path.length, path });
    }
    return found;
  };
  const inAuthored = labelsTo(authored);
  const inDraft = labelsTo(drafted);
  const questions = [...inAuthored.keys()].filter((id) => graph.questions.some((q) => q.id === id));
  const reached = questions.filter((id) => (inDraft.get(id)?.depth ?? Infinity) <= MAX_DEPTH);
  console.log(`${document!.title}: the authored tree answers ${questions.length} questions; the draft reaches ${reached.length} of them within ${MAX_DEPTH} choices.\n`);
  for (const id of questions) {
    const a = inAuthored.get(id)!;
    const d = inDraft.get(id);
    console.log(`${id}\n  authored (${a.depth}): ${a.path.join(' › ')}\n  drafted  (${d?.depth ?? '-'}): ${d ? d.path.join(' › ') : 'not reached'}`);
  }
}
