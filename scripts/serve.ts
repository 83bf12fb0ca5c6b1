/**
 * `npm run serve`: serves the static export (`out/`, or FAQ_OUT, or the folder named) the way a static
 * host does (scripts/serve.mjs), under the site's base path (`BASE_PATH`, else `basePath:` in site.yaml).
 */
import { configuredBasePath } from '../lib/site/configured-base-path';
import { outDir } from '../lib/site-folders';

process.env.BASE_PATH ??= configuredBasePath();
if (!process.argv[2]) process.argv[2] = outDir;
// @ts-expect-error -- a plain ES module (it also runs on its own, in the end-to-end tests), without types
await import('./serve.mjs');
