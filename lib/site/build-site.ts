import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { VFile } from 'vfile';
import { commandFor, contentPath } from '@/lib/content/command-hint';
import { graphCacheKey, readCachedGraph, writeCachedGraph } from '@/lib/content/graph-cache';
import { loadQuestionGraph, type LoadedGraph } from '@/lib/content/load';
import { hasErrors, reportOn } from '@/lib/content/report';
import { buildMapReport, reportMapFindings } from '@/lib/map/report';
import { glossaryFor, readSynonyms } from '@/lib/search/build/synonyms';
import { buildWizardTree } from '@/lib/wizard/build-wizard-tree';
import { draftTroubleshooter, MAX_DEPTH, type DocumentCoverage } from '@/lib/wizard/draft/draft-tree';
import type { QuestionGraph } from '@/lib/content/types';
import { allFiles, contentStamp, readContentFiles } from './content-files';
import { Site } from './site';

export interface BuildSiteOptions {
  /** Written into in-app links of the answers, as the build does. @defaultValue `''` */
  basePath?: string;
  /** Paths in messages are relative to it, so they open from a terminal. @defaultValue `process.cwd()` */
  cwd?: string;
  /** The site this folder gave before (`next dev`): FAQ files whose text is unchanged are not parsed again. */
  previous?: Site;
  /**
   * Share the graph between the processes of one build through `.next/cache/faq-graph`, keyed by
   * the content and the parser's code: the content check parses and stores it (`store`), and each
   * worker that renders pages reads it instead of parsing again (`reuse`: read it when it is there,
   * else parse and store). A graph read from there has no FAQ messages: the process that stored it
   * had none that were errors, and has printed its warnings.
   * @defaultValue none: parse, share nothing
   */
  shareGraph?: 'store' | 'reuse';
}

/**
 * Reads a content folder and builds its `Site`: the FAQ documents (`faq/*.md`) and their settings
 * (`site.yaml`, `published-ids.json`, `redirects.yaml`) into the question graph, the search glossary
 * (`synonyms.yaml`), the troubleshooter (`wizard/*.yaml`, checked against the graph) and the knowledge
 * map's notes (orphans and dead ends, on the FAQ files). Every problem is a message on its file;
 * nothing here throws on bad content.
 */
export function buildSite(contentDir: string, options: BuildSiteOptions = {}): Site {
  const dir = resolve(contentDir);
  const stamp = contentStamp(dir);
  const files = readContentFiles(dir, options.cwd);
  const key = options.shareGraph ? graphCacheKey(files, options.basePath ?? '') : undefined;
  const shared = key && options.shareGraph === 'reuse' ? readCachedGraph(key) : undefined;
  const loaded: LoadedGraph = shared
    ? { ...shared, parsed: new Map() }
    : loadQuestionGraph(files, { basePath: options.basePath, reuse: options.previous?.contentDir === dir ? options.previous.parsed : undefined });
  const written = files.glossary ? readSynonyms(files.glossary) : { groups: [] };
  // A glossary belongs to its content: groups for documents this site does not have never reach its search.
  const glossary = glossaryFor(written, files.faq.map((file) => file.basename ?? ''));
  const unused = written.groups.length - glossary.groups.length;
  if (files.glossary && unused > 0) {
    const names = [...new Set(written.groups.filter((group) => !glossary.groups.includes(group)).flatMap((group) => group.documents ?? []))];
    reportOn(files.glossary, { line: 1, column: 1 }, `${unused} of its ${written.groups.length} groups are for documents this site does not have (${names.map((n) => `\`${n}\``).join(', ')}), so its search does not use them`, { ruleId: 'glossary-for-other-documents', source: 'glossary', severity: 'info' });
  }
  const authored = buildWizardTree(files.wizard, loaded.graph);
  const authoredUsable = files.wizard.length > 0 && !hasErrors(files.wizard);
  const { tree, coverage } = draftTroubleshooter(loaded.graph, authoredUsable ? authored : undefined);
  const troubleshooterQuestions = new Set(Object.values(tree.nodes).flatMap((node) => (node.type === 'answer' ? [node.question] : [])));
  const messages = allFiles(files);
  // The content folder as messages name it: relative to where the command runs.
  const shown = relative(options.cwd ?? process.cwd(), dir) || '.';
  if (!shared) reportCoverage(loaded.graph, coverage, messages, shown);
  if (files.faq.length === 0) {
    const folder = new VFile({ path: relative(options.cwd ?? process.cwd(), join(dir, 'faq')) });
    const reason = existsSync(dir)
      ? `No FAQ files: put your FAQ's markdown files (\`*.md\`) in ${folder.path}/`
      : `No content folder ${shown}: there is no such folder; name the one that holds faq/*.md (FAQ_CONTENT), or start it with npm run content:init -- ${shown} <your-faq.md>`;
    reportOn(folder, { line: 1, column: 1 }, reason, { ruleId: 'no-faq-files', source: 'content' });
    messages.unshift(folder);
  }
  if (!shared) reportMapFindings(buildMapReport(loaded.graph, { troubleshooterQuestions }), messages);
  if (key && !shared && !hasErrors(messages)) writeCachedGraph(key, { graph: loaded.graph, settings: loaded.settings });
  return new Site({ contentDir: dir, stamp, graph: loaded.graph, settings: loaded.settings, glossary, tree, files: messages, parsed: loaded.parsed });
}

/**
 * How each document's troubleshooter came to be, as notes on its file for `check:content --verbose`:
 * authored, drafted or both, how many problem questions it has, and each one no path reaches.
 */
function reportCoverage(graph: QuestionGraph, coverage: readonly DocumentCoverage[], files: VFile[], folder: string): void {
  const wizard = contentPath(folder, 'wizard/');
  for (const { document, troubleshooter, problems, unreached } of coverage) {
    const info = graph.documents.find((d) => d.id === document);
    const file = files.find((f) => f.path === info?.file);
    if (!info || !file) continue;
    const how = { authored: `authored (${wizard})`, drafted: 'drafted from its answers', both: 'drafted from its answers, leading to the authored answers where they exist' }[troubleshooter];
    const reached = problems - unreached.length;
    const summary =
      problems === 0
        ? `Troubleshooter: ${how}. \`${info.title}\` has no questions that are problems someone has (why do I get …, … fails, … is missing); the troubleshooter offers its questions by topic under “Something else”`
        : `Troubleshooter: ${how}; ${reached} of its ${problems} problem questions are answers at most ${MAX_DEPTH} choices from the first screen`;
    reportOn(file, { line: 1, column: 1 }, summary, { ruleId: 'troubleshooter', source: 'wizard', severity: 'info' });
    for (const id of unreached) {
      const question = graph.questions.find((q) => q.id === id);
      if (!question) continue;
      // With a tree the team wrote, a problem it leaves out is one readers cannot reach by troubleshooting: worth a warning.
      const severity = troubleshooter === 'authored' ? 'warning' : 'info';
      reportOn(file, { line: question.source.line, column: question.source.column }, `\`#${id}\` is a problem no path of the troubleshooter reaches within ${MAX_DEPTH} choices; add an answer node for it to ${wizard}, or run \`${commandFor(folder, 'wizard:draft', info.file.split('/').pop() ?? '')}\` and take what you need`, { ruleId: 'troubleshooter-unreached', source: 'wizard', severity });
    }
  }
}
