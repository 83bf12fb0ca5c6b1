import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseSynonyms } from './synonyms';
import type { SynonymGlossary } from './types';

/**
 * Node only: reads `<contentDir>/synonyms.yaml`, or an empty glossary when the
 * file does not exist. Paths in messages are relative to `cwd`.
 * @throws Error with `file:line:column  reason` lines for malformed entries.
 */
export function loadSynonyms(contentDir: string, cwd: string = process.cwd()): SynonymGlossary {
  const path = join(contentDir, 'synonyms.yaml');
  if (!existsSync(path)) return { groups: [] };
  return parseSynonyms(readFileSync(path, 'utf8'), relative(cwd, path));
}
