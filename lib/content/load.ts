import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { VFile } from 'vfile';
import { contentDir as siteContentDir } from '@/lib/site-folders';
import { basePath } from '../base-path';
import { buildQuestionGraph } from './build-graph';
import { parseFaqDocument, type ParsedFaqDocument } from './parse-faq';
import { checkPublishedIds, parsePublishedIds, PUBLISHED_IDS_FILE } from './published-ids';
import { applyRedirects, parseRedirects, REDIRECTS_FILE } from './redirects';
import { ContentError, formatMessages, hasErrors } from './report';
import { parseSiteSettings, SITE_SETTINGS_FILE, type SiteSettings } from './site-settings';
import { graphCacheKey, readCachedGraph, writeCachedGraph } from './graph-cache';
import type { QuestionGraph } from './types';

export interface LoadResult {
  graph: QuestionGraph;
  /** `content/site.yaml`, checked; empty when there is none. */
  settings: SiteSettings;
  files: VFile[];
}

/**
 * Parses every `.md` file in `<contentDir>/faq` and builds the graph, with the site's
 * settings (`site.yaml`: the primary document), the ids it has published
 * (`published-ids.json`, which must all still lead somewhere) and its redirects
 * (`redirects.yaml`). Each of those files is optional. Paths in messages are
 * relative to `cwd`, so they open from a terminal.
 */
export function loadQuestionGraph(contentDir: string, options: { basePath?: string; cwd?: string } = {}): LoadResult {
  const cwd = options.cwd ?? process.cwd();
  const faqDir = join(contentDir, 'faq');
  const parsed = markdownFiles(faqDir).map((name) => parseOnce(readVFile(join(faqDir, name), cwd)!));
  const faqFiles = parsed.map((doc) => doc.file);
  const settingsFile = readVFile(join(contentDir, SITE_SETTINGS_FILE), cwd);
  const recordFile = readVFile(join(contentDir, PUBLISHED_IDS_FILE), cwd);
  const redirectsFile = readVFile(join(contentDir, REDIRECTS_FILE), cwd);

  const settings = settingsFile ? parseSiteSettings(settingsFile, faqFiles.map((file) => file.basename ?? '')) : {};
  const published = recordFile ? parsePublishedIds(recordFile) : new Map<string, string>();
  const graph = buildQuestionGraph(parsed, { basePath: options.basePath, primary: settings.primary, published, documentTitles: settings.documentTitles });
  if (redirectsFile) applyRedirects(graph, parseRedirects(redirectsFile), redirectsFile);
  if (recordFile) checkPublishedIds(graph, published, recordFile, faqFiles);
  const files = [...faqFiles, ...[settingsFile, recordFile, redirectsFile].filter((file) => file !== undefined)];
  return { graph, settings, files };
}

/** Parsed documents by path and text, with how many messages parsing itself left on the file. */
const parsedFiles = new Map<string, { text: string; doc: ParsedFaqDocument; messages: number }>();

/**
 * Parses a file once per text: in `npm run dev`, editing one FAQ re-parses that file only. The graph
 * builder adds messages to the file (broken links, clashing ids), so a reused parse drops those first.
 */
function parseOnce(file: VFile): ParsedFaqDocument {
  const text = String(file.value);
  const known = parsedFiles.get(file.path);
  if (known && known.text === text) {
    known.doc.file.messages.length = known.messages;
    return known.doc;
  }
  const doc = parseFaqDocument(file);
  parsedFiles.set(file.path, { text, doc, messages: file.messages.length });
  return doc;
}

function readVFile(path: string, cwd: string): VFile | undefined {
  return existsSync(path) ? new VFile({ path: relative(cwd, path), value: readFileSync(path, 'utf8') }) : undefined;
}

let cache: { signature: string; graph: QuestionGraph; settings: SiteSettings } | undefined;

/**
 * The site's question graph, read from the content folder (`content/`, or `FAQ_CONTENT`). Cached until a content file
 * changes, so `next dev` shows edits on reload. Throws a ContentError listing
 * every problem when the content has errors; prints warnings once.
 */
export function getQuestionGraph(): QuestionGraph {
  const signature = contentSignature(siteContentDir);
  if (cache?.signature === signature) return cache.graph;
  const key = graphCacheKey(siteContentDir, basePath);
  const stored = key ? readCachedGraph(key) : undefined;
  if (stored) {
    // The process that stored it (the content check, or an earlier render) has printed its warnings.
    cache = { signature, ...stored };
    return stored.graph;
  }
  const { graph, settings, files } = loadQuestionGraph(siteContentDir, { basePath });
  if (hasErrors(files)) throw new ContentError(files);
  const warnings = formatMessages(files, { minSeverity: 'warning' });
  if (warnings && process.env.FAQ_QUIET !== '1') console.warn(warnings);
  if (key) writeCachedGraph(key, { graph, settings });
  cache = { signature, graph, settings };
  return graph;
}

/** The site's settings (`content/site.yaml`), read with the graph. */
export function getSiteSettings(): SiteSettings {
  getQuestionGraph();
  return cache!.settings;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.toLowerCase().endsWith('.md')).sort();
}

function contentSignature(contentDir: string): string {
  const stamp = (path: string) => {
    if (!existsSync(path)) return `${path}:-`;
    const stat = statSync(path);
    return `${path}:${stat.size}:${stat.mtimeMs}`;
  };
  return [
    ...markdownFiles(join(contentDir, 'faq')).map((name) => stamp(join(contentDir, 'faq', name))),
    ...[SITE_SETTINGS_FILE, PUBLISHED_IDS_FILE, REDIRECTS_FILE].map((name) => stamp(join(contentDir, name))),
  ].join('|');
}
