/**
 * The commands and files that messages tell an author about, named for the content folder they are about:
 * a team whose FAQ lives in `../our-faq` is told `FAQ_CONTENT=../our-faq npm run …` and `../our-faq/redirects.yaml`,
 * not the demo's `content/`.
 */
import { join, normalize } from 'node:path';

/**
 * An npm script run on a content folder: `npm run <script> -- <args>`, with `FAQ_CONTENT=<folder>` first when
 * the folder is not the project's own `content/`.
 *
 * @param folder The content folder as messages name files in it (relative to where commands run, or absolute).
 */
export function commandFor(folder: string, script: string, args: string): string {
  return `${normalize(folder) === 'content' ? '' : `FAQ_CONTENT=${folder} `}npm run ${script} -- ${args}`;
}

/** A file of the content folder as messages name it: `content/redirects.yaml`, `../our-faq/redirects.yaml`. */
export function contentPath(folder: string, file: string): string {
  return join(folder, file);
}
