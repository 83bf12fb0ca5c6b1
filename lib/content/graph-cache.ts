/**
 * Keeps the built question graph on disk, keyed by a hash of everything it is built from, so the
 * processes of one `next build` (and of `next dev` until the content changes) parse the content once:
 * the content check stores it, and each worker that renders pages reads it instead of parsing again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphFiles } from './load';
import type { SiteSettings } from './site-settings';
import type { QuestionGraph } from './types';

const CACHE_DIR = join('.next', 'cache', 'faq-graph');

export interface CachedGraph {
  graph: QuestionGraph;
  settings: SiteSettings;
}

/**
 * A key that changes when anything the graph is built from changes: every content file's path and
 * text, the base path, and the parser's own code (`lib/content/*.ts`, `lib/routes.ts`) and dependencies
 * (`package-lock.json`), so a changed parser never reads an old graph. Undefined when the parser's
 * source is not on disk (then nothing is cached).
 */
export function graphCacheKey(files: GraphFiles, basePath: string, cwd = process.cwd()): string | undefined {
  const parserDir = join(cwd, 'lib', 'content');
  if (!existsSync(parserDir)) return undefined;
  const hash = createHash('sha256').update(`base:${basePath}\n`);
  const parser = readdirSync(parserDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort().map((f) => join(parserDir, f));
  for (const path of [...parser, join(cwd, 'lib', 'routes.ts')].filter(existsSync)) {
    hash.update(`parser:${path}\n`).update(readFileSync(path));
  }
  const lock = join(cwd, 'package-lock.json');
  if (existsSync(lock)) hash.update(`lock:${statSync(lock).size}:${statSync(lock).mtimeMs}\n`);
  for (const file of [...files.faq, files.settings, files.published, files.redirects]) {
    if (file) hash.update(`file:${file.path}\n`).update(String(file.value));
  }
  return hash.digest('hex').slice(0, 32);
}

export function readCachedGraph(key: string, cwd = process.cwd()): CachedGraph | undefined {
  const path = join(cwd, CACHE_DIR, `${key}.json`);
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as CachedGraph;
  } catch {
    return undefined;
  }
}

/** Stores the graph of a content folder that has no errors, replacing older entries. */
export function writeCachedGraph(key: string, value: CachedGraph, cwd = process.cwd()): void {
  const dir = join(cwd, CACHE_DIR);
  mkdirSync(dir, { recursive: true });
  for (const old of readdirSync(dir)) if (old !== `${key}.json`) rmSync(join(dir, old), { force: true });
  writeFileSync(join(dir, `${key}.json`), JSON.stringify(value));
}
