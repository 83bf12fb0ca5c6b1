/**
 * The sub-path the site is served under, as the build and `next dev` need it before anything else
 * runs: `BASE_PATH` when set, else `basePath:` in the content folder's site.yaml, else none. Read here
 * with a plain YAML read; site.yaml is checked in full (with messages) by the content check.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
// Relative imports only: next.config.ts loads this before the project's path aliases exist.
import { contentDir as siteContentDir } from '../site-folders';

const SITE_SETTINGS_FILE = 'site.yaml';

const PATH = /^(?:\/[\w.-]+)+\/?$/;

export function configuredBasePath(contentDir: string = siteContentDir): string {
  if (process.env.BASE_PATH !== undefined) return process.env.BASE_PATH.replace(/\/+$/, '');
  const file = join(contentDir, SITE_SETTINGS_FILE);
  if (!existsSync(file)) return '';
  try {
    const value = (parse(readFileSync(file, 'utf8')) as { basePath?: unknown } | null)?.basePath;
    return typeof value === 'string' && PATH.test(value.trim()) ? value.trim().replace(/\/+$/, '') : '';
  } catch {
    return '';
  }
}
