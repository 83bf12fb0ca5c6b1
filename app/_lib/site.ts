import { getQuestionGraph } from '@/lib/content/load';
import { createGraphIndex } from '@/lib/content/navigation';
import type { QuestionGraph } from '@/lib/content/types';
import { buildSearchIndex, type SearchIndexData } from '@/lib/search';
import { loadSynonyms } from '@/lib/search/load-synonyms';
import { getWizardTree } from '@/lib/wizard/load';
import { contentDir } from '@/lib/site-folders';
import { pathsTo } from '@/lib/wizard/walk';

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
 * The search index of the site's content and glossary, as `/search-index.json` serves it. Throws
 * a ContentError listing every problem when the content or `content/synonyms.yaml` has errors.
 */
export const getSearchIndex = perGraph((graph): SearchIndexData => buildSearchIndex(graph, loadSynonyms(contentDir)));

/** The troubleshooter tree with what its pages need: paths for breadcrumbs, answers by question. */
export const getWizard = perGraph((graph) => {
  const tree = getWizardTree({ graph });
  const paths = pathsTo(tree);
  const answerByQuestion = new Map<string, string>();
  for (const node of Object.values(tree.nodes)) {
    if (node.type === 'answer' && !answerByQuestion.has(node.question)) answerByQuestion.set(node.question, node.id);
  }
  return { tree, paths, answerByQuestion };
});

