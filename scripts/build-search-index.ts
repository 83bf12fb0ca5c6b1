/**
 * Builds the client-side search index.
 *
 * Inputs:  content/faq/*.md (via loadQuestionGraph), content/synonyms.yaml
 * Outputs: public/search-index.json (gitignored), fetched lazily by the search box
 * Order:   run before `next build` / `next dev` (the file is served from public/);
 *          fails with file:line:column messages when the content or the glossary has errors.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadQuestionGraph } from '@/lib/content/load';
import { formatMessages, hasErrors } from '@/lib/content/report';
import { buildSearchIndex } from '@/lib/search';
import { loadSynonyms } from '@/lib/search/load-synonyms';

/** Writes the index file and returns its path and size in bytes. */
export function writeSearchIndex(root: string = process.cwd()): { path: string; bytes: number } {
  const { graph, files } = loadQuestionGraph(join(root, 'content'), { cwd: root });
  if (hasErrors(files)) throw new Error(formatMessages(files));
  const json = JSON.stringify(buildSearchIndex(graph, loadSynonyms(join(root, 'content'), root)));
  const path = join(root, 'public', 'search-index.json');
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, json);
  return { path, bytes: Buffer.byteLength(json) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { path, bytes } = writeSearchIndex();
    console.log(`Wrote ${path} (${bytes} bytes)`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
