import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { VFile } from 'vfile';
import { basePath } from '../base-path';
import { buildQuestionGraph } from './build-graph';
import { parseFaqDocument } from './parse-faq';
import { checkPublishedIds, parsePublishedIds, PUBLISHED_IDS_FILE } from './published-ids';
import { applyRedirects, parseRedirects, REDIRECTS_FILE } from './redirects';
import { ContentError, formatMessages, hasErrors } from './report';
import { parseSiteSettings, SITE_SETTINGS_FILE } from './site-settings';
import type { QuestionGraph } from './types';

export interface LoadResult {
  graph: QuestionGraph;
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
  const faqFiles = faqDirs(contentDir, cwd).flatMap((dir) => markdownFiles(dir).map((name) => readVFile(join(dir, name), cwd)!));
  const settingsFile = readVFile(join(contentDir, SITE_SETTINGS_FILE), cwd);
  const recordFile = readVFile(join(contentDir, PUBLISHED_IDS_FILE), cwd);
  const redirectsFile = readVFile(join(contentDir, REDIRECTS_FILE), cwd);

  const settings = settingsFile ? parseSiteSettings(settingsFile, faqFiles.map((file) => file.basename ?? '')) : {};
  const published = recordFile ? parsePublishedIds(recordFile) : new Map<string, string>();
  const graph = buildQuestionGraph(faqFiles.map(parseFaqDocument), { basePath: options.basePath, primary: settings.primary, published });
  if (redirectsFile) applyRedirects(graph, parseRedirects(redirectsFile), redirectsFile);
  if (recordFile) checkPublishedIds(graph, published, recordFile, faqFiles);
  const files = [...faqFiles, ...[settingsFile, recordFile, redirectsFile].filter((file) => file !== undefined)];
  return { graph, files };
}

function readVFile(path: string, cwd: string): VFile | undefined {
  return existsSync(path) ? new VFile({ path: relative(cwd, path), value: readFileSync(path, 'utf8') }) : undefined;
}

let cache: { signature: string; graph: QuestionGraph } | undefined;

/**
 * The site's question graph, read from `content/`. Cached until a content file
 * changes, so `next dev` shows edits on reload. Throws a ContentError listing
 * every problem when the content has errors; prints warnings once.
 */
export function getQuestionGraph(): QuestionGraph {
  const contentDir = join(process.cwd(), 'content');
  const signature = contentSignature(contentDir);
  if (cache?.signature === signature) return cache.graph;
  const { graph, files } = loadQuestionGraph(contentDir, { basePath });
  if (hasErrors(files)) throw new ContentError(files);
  const warnings = formatMessages(files, { minSeverity: 'warning' });
  if (warnings && process.env.FAQ_QUIET !== '1') console.warn(warnings);
  cache = { signature, graph };
  return graph;
}

/**
 * `<contentDir>/faq`, plus the folders in `FAQ_EXTRA_CONTENT` (colon-separated, absolute or
 * relative to `cwd`). The end-to-end build uses it to add the hostile fixture
 * document without touching `content/`.
 */
function faqDirs(contentDir: string, cwd: string): string[] {
  const extra = (process.env.FAQ_EXTRA_CONTENT ?? '').split(':').filter(Boolean).map((dir) => resolve(cwd, dir));
  return [join(contentDir, 'faq'), ...extra];
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
    ...faqDirs(contentDir, process.cwd()).flatMap((dir) => markdownFiles(dir).map((name) => stamp(join(dir, name)))),
    ...[SITE_SETTINGS_FILE, PUBLISHED_IDS_FILE, REDIRECTS_FILE].map((name) => stamp(join(contentDir, name))),
  ].join('|');
}
