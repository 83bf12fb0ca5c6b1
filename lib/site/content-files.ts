/**
 * The files of a content folder: which they are, a stamp that changes when any of them changes, and
 * their text read once as vfiles, whose messages say what is wrong with each.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { VFile } from 'vfile';
import { PUBLISHED_IDS_FILE } from '@/lib/content/published-ids';
import { REDIRECTS_FILE } from '@/lib/content/redirects';
import { SITE_SETTINGS_FILE } from '@/lib/content/site-settings';

/** The search glossary, beside `faq/`; optional, like the settings files. */
export const GLOSSARY_FILE = 'synonyms.yaml';
/** The troubleshooter's folder, and the file in it that holds `root:` (read first, so its settings win). */
export const WIZARD_DIR = 'wizard';
export const WIZARD_MAIN_FILE = 'tree.yaml';

/** A content folder's files as read. Paths in the vfiles are relative to the `cwd` they were read from. */
export interface ContentFiles {
  /** `faq/*.md`, in file-name order. */
  faq: VFile[];
  settings?: VFile;
  published?: VFile;
  redirects?: VFile;
  glossary?: VFile;
  /** `wizard/*.yaml`, `tree.yaml` first. */
  wizard: VFile[];
}

/** Absolute paths of every file of a content folder that the site is built from. */
export function contentPaths(contentDir: string): { faq: string[]; settings: string; published: string; redirects: string; glossary: string; wizard: string[] } {
  const faqDir = join(contentDir, 'faq');
  const wizardDir = join(contentDir, WIZARD_DIR);
  return {
    faq: existsSync(faqDir) ? readdirSync(faqDir).filter((name) => name.toLowerCase().endsWith('.md')).sort().map((name) => join(faqDir, name)) : [],
    settings: join(contentDir, SITE_SETTINGS_FILE),
    published: join(contentDir, PUBLISHED_IDS_FILE),
    redirects: join(contentDir, REDIRECTS_FILE),
    glossary: join(contentDir, GLOSSARY_FILE),
    wizard: existsSync(wizardDir)
      ? readdirSync(wizardDir)
          .filter((name) => /\.ya?ml$/i.test(name))
          .sort((a, b) => Number(b === WIZARD_MAIN_FILE) - Number(a === WIZARD_MAIN_FILE) || a.localeCompare(b))
          .map((name) => join(wizardDir, name))
      : [],
  };
}

/**
 * A stamp of a content folder that changes when any of its files is added, removed or written: each
 * file's path, size and modification time. Only `stat`s, so it is cheap to take on every request of
 * `next dev`.
 */
export function contentStamp(contentDir: string): string {
  const paths = contentPaths(contentDir);
  return [...paths.faq, paths.settings, paths.published, paths.redirects, paths.glossary, ...paths.wizard]
    .map((path) => {
      if (!existsSync(path)) return `${path}:-`;
      const stat = statSync(path);
      return `${path}:${stat.size}:${stat.mtimeMs}`;
    })
    .join('|');
}

/** Reads a content folder's files. Paths in their messages are relative to `cwd`, so they open from a terminal. */
export function readContentFiles(contentDir: string, cwd: string = process.cwd()): ContentFiles {
  const paths = contentPaths(contentDir);
  const read = (path: string) => (existsSync(path) ? new VFile({ path: relative(cwd, path), value: readFileSync(path, 'utf8') }) : undefined);
  return {
    faq: paths.faq.map((path) => read(path)!),
    settings: read(paths.settings),
    published: read(paths.published),
    redirects: read(paths.redirects),
    glossary: read(paths.glossary),
    wizard: paths.wizard.map((path) => read(path)!),
  };
}

/** Every file, in the order content messages are printed: the FAQ files, their settings, the glossary, the troubleshooter. */
export function allFiles(files: ContentFiles): VFile[] {
  return [...files.faq, ...[files.settings, files.published, files.redirects, files.glossary].filter((file) => file !== undefined), ...files.wizard];
}
