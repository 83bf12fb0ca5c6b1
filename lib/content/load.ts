import type { VFile } from 'vfile';
import { buildQuestionGraph } from './build-graph';
import { parseFaqDocument, type ParsedFaqDocument } from './parse-faq';
import { checkPublishedIds, parsePublishedIds } from './published-ids';
import { applyRedirects, parseRedirects } from './redirects';
import { parseSiteSettings, type SiteSettings } from './site-settings';
import type { QuestionGraph } from './types';

/** The files the question graph is built from: the FAQ documents and the settings beside them, each optional but the first. */
export interface GraphFiles {
  faq: VFile[];
  settings?: VFile;
  published?: VFile;
  redirects?: VFile;
}

export interface LoadedGraph {
  graph: QuestionGraph;
  /** `site.yaml`, checked; empty when there is none. */
  settings: SiteSettings;
  /** Each FAQ file's parse, by path, for the next load to reuse while the file's text is unchanged. */
  parsed: ReadonlyMap<string, ParsedOnce>;
}

/** A document as parsed from one text, and how many messages the parse itself left on its file. */
export interface ParsedOnce {
  text: string;
  doc: ParsedFaqDocument;
  messages: number;
}

/**
 * Parses the FAQ files and builds the graph, with the site's settings (`site.yaml`: the primary
 * document), the ids it has published (`published-ids.json`, which must all still lead somewhere) and
 * its redirects (`redirects.yaml`). Problems become messages on the files.
 *
 * @param options.reuse The parses of an earlier load (`next dev`): a file whose text has not changed
 *   is not parsed again. Its messages are reset to the parse's own, since the graph adds its own.
 * @param options.basePath Written into in-app links. @defaultValue `''`
 */
export function loadQuestionGraph(files: GraphFiles, options: { basePath?: string; reuse?: ReadonlyMap<string, ParsedOnce> } = {}): LoadedGraph {
  const parsed = new Map<string, ParsedOnce>();
  const docs = files.faq.map((file) => {
    const text = String(file.value);
    const known = options.reuse?.get(file.path);
    if (known && known.text === text) {
      known.doc.file.messages.length = known.messages;
      parsed.set(file.path, known);
      return known.doc;
    }
    const doc = parseFaqDocument(file);
    parsed.set(file.path, { text, doc, messages: file.messages.length });
    return doc;
  });
  const faqFiles = docs.map((doc) => doc.file);
  const names = faqFiles.map((file) => file.basename ?? '');
  const settings = files.settings ? parseSiteSettings(files.settings, names) : {};
  const published = files.published ? parsePublishedIds(files.published) : new Map<string, string>();
  const graph = buildQuestionGraph(docs, { basePath: options.basePath, primary: settings.primary, published, documentTitles: settings.documentTitles, editUrl: settings.editUrl });
  if (files.redirects) applyRedirects(graph, parseRedirects(files.redirects), files.redirects);
  if (files.published) checkPublishedIds(graph, published, files.published, faqFiles);
  return { graph, settings, parsed };
}
