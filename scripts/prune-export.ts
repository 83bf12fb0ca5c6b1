/**
 * Removes from the static export the files no browser ever requests, so a
 * page's folder holds only what is served.
 *
 * Next writes each page's whole RSC payload twice: `index.txt`, which the
 * client router fetches when it navigates to the page, and
 * `__next._full.txt`, a byte-identical copy meant for a Next server's cache.
 * The client code never asks for `_full` (no chunk in `_next/static` names
 * it), so in a static export it is dead weight: a fifth of every page's folder.
 * e2e/reader-moves-between-pages-without-a-missing-file.spec.ts checks that
 * client navigation fetches nothing that is not there.
 *
 * Inputs:  out/ (after `next build`; `FAQ_OUT` names another folder).
 * Outputs: the same folder without `__next._full.txt` files; a one-line
 *          summary on stderr.
 * Order:   after `next build`, before scripts/build-headers.ts.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { outDir } from '../lib/site-folders';

/** Files Next writes into a static export that no client requests. */
const UNSERVED_FILE_NAMES: ReadonlySet<string> = new Set(['__next._full.txt']);

/** Deletes every unserved file under `folder`; returns how many files and bytes went. */
export function pruneExport(folder: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !UNSERVED_FILE_NAMES.has(entry.name)) continue;
    // `parentPath` from Node 20.12; `path` before it (package.json allows 20.9).
    const path = join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name);
    bytes += statSync(path).size;
    rmSync(path);
    files += 1;
  }
  return { files, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { files, bytes } = pruneExport(join(process.cwd(), outDir));
  if (!process.env.FAQ_QUIET) console.error(`prune-export: removed ${files} unserved files (${(bytes / 1e6).toFixed(1)} MB)`);
}
