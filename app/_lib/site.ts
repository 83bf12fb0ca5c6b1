import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getQuestionGraph } from '@/lib/content/load';
import { createGraphIndex } from '@/lib/content/navigation';
import { buildSearchIndex, type SearchIndexData } from '@/lib/search';
import { loadSynonyms } from '@/lib/search/load-synonyms';
import { getWizardTree } from '@/lib/wizard/load';
import { pathsTo } from '@/lib/wizard/walk';

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
 * The search index of the site's content and glossary, as `/search-index.json` serves it, with the
 * troubleshooter's options as phrasings when `content/wizard/` exists. Throws a ContentError listing
 * every problem when the content, `content/synonyms.yaml` or the wizard has errors.
 */
export function getSearchIndex(): SearchIndexData {
  const graph = getQuestionGraph();
  const wizardDir = join(process.cwd(), 'content', 'wizard');
  const wizard = existsSync(wizardDir) ? getWizardTree({ graph, dir: wizardDir }) : undefined;
  return buildSearchIndex(graph, loadSynonyms(join(process.cwd(), 'content')), { wizard });
}

/** The troubleshooter tree with what its pages need: paths for breadcrumbs, answers by question. */
export function getWizard() {
  const graph = getQuestionGraph();
  const tree = getWizardTree({ graph });
  const paths = pathsTo(tree);
  const answerByQuestion = new Map<string, string>();
  for (const node of Object.values(tree.nodes)) {
    if (node.type === 'answer' && !answerByQuestion.has(node.question)) answerByQuestion.set(node.question, node.id);
  }
  return { tree, paths, answerByQuestion };
}
