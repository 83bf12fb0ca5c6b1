import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadQuestionGraph } from '@/lib/content/load';
import { ContentError, hasErrors } from '@/lib/content/report';
import { loadWizardTree } from '@/lib/wizard/load';
import { buildSearchIndex } from './build-index';
import { loadGlossary } from './load-synonyms';
import type { SearchIndexData } from './types';

/**
 * Node only: the search index of any content folder, as the site builds it from `content/`:
 * the FAQ files of `<contentDir>/faq`, the glossary `<contentDir>/synonyms.yaml` and the
 * troubleshooter `<contentDir>/wizard/`, the last two when they exist. Paths in messages
 * are relative to `cwd`.
 * @throws ContentError listing every problem when any of them has errors.
 */
export function loadSearchIndex(contentDir: string, options: { cwd?: string } = {}): SearchIndexData {
  const cwd = options.cwd ?? process.cwd();
  if (!existsSync(join(contentDir, 'faq'))) throw new Error(`${contentDir} has no faq/ folder of FAQ markdown files`);
  const { graph, files } = loadQuestionGraph(contentDir, { cwd });
  const glossary = loadGlossary(contentDir, cwd);
  const wizardDir = join(contentDir, 'wizard');
  const wizard = existsSync(wizardDir) && !hasErrors(files) ? loadWizardTree(wizardDir, graph, { cwd }) : undefined;
  const all = [...files, ...glossary.files, ...(wizard?.files ?? [])];
  if (hasErrors(all)) throw new ContentError(all);
  return buildSearchIndex(graph, glossary.glossary, { wizard: wizard?.tree });
}
