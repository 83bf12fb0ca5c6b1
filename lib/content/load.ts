import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { VFile } from 'vfile';
import { basePath } from '../base-path';
import { buildQuestionGraph } from './build-graph';
import { parseFaqDocument } from './parse-faq';
import { ContentError, formatMessages, hasErrors } from './report';
import type { QuestionGraph } from './types';

export interface LoadResult {
  graph: QuestionGraph;
  files: VFile[];
}

/**
 * Parses every `.md` file in `<contentDir>/faq` and builds the graph.
 * Paths in messages are relative to `cwd`, so they open from a terminal.
 */
export function loadQuestionGraph(contentDir: string, options: { basePath?: string; cwd?: string } = {}): LoadResult {
  const cwd = options.cwd ?? process.cwd();
  const files = faqDirs(contentDir, cwd).flatMap((dir) =>
    markdownFiles(dir).map((name) => {
      const path = join(dir, name);
      return new VFile({ path: relative(cwd, path), value: readFileSync(path, 'utf8') });
    }),
  );
  const graph = buildQuestionGraph(files.map(parseFaqDocument), { basePath: options.basePath });
  return { graph, files };
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
  return faqDirs(contentDir, process.cwd())
    .flatMap((dir) =>
      markdownFiles(dir).map((name) => {
        const stat = statSync(join(dir, name));
        return `${dir}/${name}:${stat.size}:${stat.mtimeMs}`;
      }),
    )
    .join('|');
}
