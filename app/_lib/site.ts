import { join } from 'node:path';
import { getQuestionGraph } from '@/lib/content/load';
import { createGraphIndex } from '@/lib/content/navigation';
import { buildSearchIndex, type SearchIndexData } from '@/lib/search';
import { loadSynonyms } from '@/lib/search/load-synonyms';
import { getWizardTree } from '@/lib/wizard/load';
import { inlineMarkdownToText } from '@/lib/wizard/inline-markdown';
import type { WizardTree } from '@/lib/wizard/types';
import { createRoutes, pathsTo } from '@/lib/wizard/walk';

/*
 * The Next adapter to the core: the site's content as server components, route
 * handlers and the search CLI read it, cached until a content file changes.
 */

export const siteName = 'FAQ Navigator';

/** The graph and its look-ups, for server components. */
export function getSite() {
  const graph = getQuestionGraph();
  return { graph, ...createGraphIndex(graph) };
}

/**
 * The search index of the site's content and glossary, as `/search-index.json` serves it. Throws
 * a ContentError listing every problem when the content or `content/synonyms.yaml` has errors.
 */
export function getSearchIndex(): SearchIndexData {
  return buildSearchIndex(getQuestionGraph(), loadSynonyms(join(process.cwd(), 'content')));
}

const wizards = new WeakMap<WizardTree, ReturnType<typeof buildWizard>>();

/**
 * The troubleshooter tree with what its pages need: shortest paths for
 * breadcrumbs and links, the routes to each node, answers by question.
 * Worked out once per tree, not once per page.
 */
export function getWizard() {
  const tree = getWizardTree({ graph: getQuestionGraph() });
  let wizard = wizards.get(tree);
  if (!wizard) wizards.set(tree, (wizard = buildWizard(tree)));
  return wizard;
}

function buildWizard(tree: WizardTree) {
  const paths = pathsTo(tree);
  const answerByQuestion = new Map<string, string>();
  for (const node of Object.values(tree.nodes)) {
    if (node.type === 'answer' && !answerByQuestion.has(node.question)) answerByQuestion.set(node.question, node.id);
  }
  return { tree, paths, answerByQuestion, routesTo: createRoutes(tree, paths, inlineMarkdownToText) };
}
