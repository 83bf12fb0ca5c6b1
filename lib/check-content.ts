import { join } from 'node:path';
import type { VFile } from 'vfile';
import { loadQuestionGraph } from './content/load';
import type { SiteSettings } from './content/site-settings';
import type { QuestionGraph } from './content/types';
import { buildMapReport, reportMapFindings } from './map/report';
import { loadGlossary } from './search/load-synonyms';
import type { SynonymGlossary } from './search/types';
import { loadWizardTree } from './wizard/load';
import type { WizardTree } from './wizard/types';

/** Everything read from a content folder, and the files whose messages say what is wrong with it. */
export interface ContentCheck {
  graph: QuestionGraph;
  settings: SiteSettings;
  glossary: SynonymGlossary;
  tree: WizardTree;
  /** The FAQ files, then the glossary, then the troubleshooter files, each with its messages. */
  files: VFile[];
}

/**
 * Node only: checks every content source of `contentDir` at once, the FAQ
 * documents (`faq/*.md`), the search glossary (`synonyms.yaml`), the
 * troubleshooter tree (`wizard/*.yaml`, against the question graph) and the
 * knowledge map (orphans and dead ends, as notes on the FAQ files). Every
 * problem is a vfile message, so `formatMessages` prints them all alike.
 * Never throws on bad content. Paths in messages are relative to `cwd`.
 *
 * @param options.cwd @defaultValue `process.cwd()`
 * @param options.basePath Written into in-app links, as the build does. @defaultValue `''`
 */
export function checkContent(contentDir: string, options: { cwd?: string; basePath?: string } = {}): ContentCheck {
  const cwd = options.cwd ?? process.cwd();
  const faq = loadQuestionGraph(contentDir, { cwd, basePath: options.basePath });
  const glossary = loadGlossary(contentDir, cwd);
  const wizard = loadWizardTree(join(contentDir, 'wizard'), faq.graph, { cwd });
  const troubleshooterQuestions = new Set(Object.values(wizard.tree.nodes).flatMap((node) => (node.type === 'answer' ? [node.question] : [])));
  reportMapFindings(buildMapReport(faq.graph, { troubleshooterQuestions }), faq.files);
  return { graph: faq.graph, settings: faq.settings, glossary: glossary.glossary, tree: wizard.tree, files: [...faq.files, ...glossary.files, ...wizard.files] };
}
