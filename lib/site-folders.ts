/**
 * Where the site's content is read from and where the static export is written: the one
 * place that reads `FAQ_CONTENT` and `FAQ_OUT`. The end-to-end tests and the scale benchmark
 * build other content into other folders, so `npm test` never touches `content/` or `out/`.
 */
import { resolve } from 'node:path';

/**
 * The content folder (`faq/*.md`, `synonyms.yaml`, `wizard/`, `site.yaml`, …), absolute.
 * @defaultValue `content` in the working directory
 */
export const contentDir = resolve(process.env.FAQ_CONTENT || 'content');

/**
 * The folder `npm run build` writes the static export to, relative to the project (Next
 * requires it inside the project).
 * @defaultValue `out`
 */
export const outDir = process.env.FAQ_OUT || 'out';
