import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { getQuestionGraph } from '@/lib/content/load';
import { createGraphIndex } from '@/lib/content/navigation';
import type { QuestionGraph } from '@/lib/content/types';
import { buildSearchIndex } from '@/lib/search';
import { buildSearchFiles } from '@/lib/search/search-files';
import type { SearchFiles } from '@/lib/search/split-index';
import { loadSynonyms } from '@/lib/search/load-synonyms';
import { getWizardTree } from '@/lib/wizard/load';
import { contentDir } from '@/lib/site-folders';
import { inlineMarkdownToText } from '@/lib/wizard/inline-markdown';
import type { WizardTree } from '@/lib/wizard/types';
import { createSymptomSteps } from '@/lib/wizard/symptom-steps';
import { createRoutes, pathsTo } from '@/lib/wizard/walk';

/*
 * The Next adapter to the core: the site's content as server components, route
 * handlers and the search CLI read it. Everything derived from the graph is
 * computed once per graph (once per build; again in `next dev` when content changes).
 */

export const siteName = 'FAQ Navigator';

/** Caches one value per graph: a new graph (edited content) drops the old values with it. */
function perGraph<T>(make: (graph: QuestionGraph) => T): () => T {
  const cache = new WeakMap<QuestionGraph, T>();
  return () => {
    const graph = getQuestionGraph();
    let value = cache.get(graph);
    if (value === undefined) cache.set(graph, (value = make(graph)));
    return value;
  };
}

/** The graph and its look-ups, for server components. */
export const getSite = perGraph((graph) => ({ graph, ...createGraphIndex(graph) }));

/**
 * The search index of the site's content and glossary as `/search-index.json` and `/search-shards/*` serve it:
 * one file while it is small, else a core and its shards (lib/search/search-files.ts), with the
 * troubleshooter's options as phrasings when `content/wizard/` exists. Made once per content, glossary and
 * tree: every shard of a build is a route of its own. Throws a ContentError
 * listing every problem when the content, `content/synonyms.yaml` or the wizard has errors.
 */
export function getSearchFiles(): SearchFiles {
  // Not kept per graph alone: in `next dev` the glossary or the tree can change while the FAQ does not.
  const graph = getQuestionGraph();
  const wizard = getWizardTree({ graph });
  const glossaryFile = join(contentDir, 'synonyms.yaml');
  const stat = existsSync(glossaryFile) ? statSync(glossaryFile) : undefined;
  const glossary = stat ? `${stat.mtimeMs}:${stat.size}` : '';
  if (searchFiles?.graph === graph && searchFiles.wizard === wizard && searchFiles.glossary === glossary) return searchFiles.files;
  const data = buildSearchIndex(graph, loadSynonyms(contentDir), { wizard: Object.keys(wizard.nodes).length > 0 ? wizard : undefined });
  const files = buildSearchFiles(data);
  searchFiles = { graph, wizard, glossary, files };
  return files;
}

let searchFiles: { graph: QuestionGraph; wizard: WizardTree; glossary: string; files: SearchFiles } | undefined;

/**
 * The troubleshooter tree with what its pages need: shortest paths for
 * breadcrumbs and links, the routes to each node, answers by question, the step
 * that takes up a symptom.
 * Worked out once per tree, not once per page.
 */
export function getWizard() {
  const tree = getWizardTree({ graph: getQuestionGraph() });
  let wizard = wizards.get(tree);
  if (!wizard) wizards.set(tree, (wizard = buildWizard(tree)));
  return wizard;
}

/** Per tree, not per graph: in `next dev` the tree can change while the FAQ does not. */
const wizards = new WeakMap<WizardTree, ReturnType<typeof buildWizard>>();

function buildWizard(tree: WizardTree) {
  const paths = pathsTo(tree);
  const answerByQuestion = new Map<string, string>();
  for (const node of Object.values(tree.nodes)) {
    if (node.type === 'answer' && !answerByQuestion.has(node.question)) answerByQuestion.set(node.question, node.id);
  }
  return { tree, paths, answerByQuestion, routesTo: createRoutes(tree, paths, inlineMarkdownToText), stepForSymptom: createSymptomSteps(tree) };
}
