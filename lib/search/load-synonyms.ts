import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { VFile } from 'vfile';
import { ContentError, hasErrors } from '@/lib/content/report';
import { readSynonyms } from './synonyms';
import type { SynonymGlossary } from './types';

/**
 * Node only: reads `<contentDir>/synonyms.yaml` into a glossary and its file,
 * whose messages say what is wrong; no files and an empty glossary when it
 * does not exist. Paths in messages are relative to `cwd`.
 */
export function loadGlossary(contentDir: string, cwd: string = process.cwd()): { glossary: SynonymGlossary; files: VFile[] } {
  const path = join(contentDir, 'synonyms.yaml');
  if (!existsSync(path)) return { glossary: { groups: [] }, files: [] };
  const file = new VFile({ path: relative(cwd, path), value: readFileSync(path, 'utf8') });
  return { glossary: readSynonyms(file), files: [file] };
}

/**
 * The glossary of `<contentDir>/synonyms.yaml`, for building the search index.
 * @throws ContentError listing every problem when the glossary has errors.
 */
export function loadSynonyms(contentDir: string, cwd: string = process.cwd()): SynonymGlossary {
  const { glossary, files } = loadGlossary(contentDir, cwd);
  if (hasErrors(files)) throw new ContentError(files);
  return glossary;
}
