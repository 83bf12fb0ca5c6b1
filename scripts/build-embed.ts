/**
 * Builds the embeddable search box that partner sites load with
 * `<script src="https://FAQ-HOST/embed.js" defer></script><faq-search></faq-search>`.
 *
 * Inputs:  embed/embed.ts (the `<faq-search>` element), embed/embed-search.ts
 *          (lib/search/engine/client.ts, the app's own search code)
 * Outputs: public/embed-search.js, an ES module embed.js imports on first use;
 *          public/embed.js, a classic script (IIFE, no globals) that knows
 *          embed-search.js by content hash. Both gitignored. Prints each file's
 *          raw and gzipped size and fails when embed.js is over its budget.
 * Order:   the widget fetches /search-index.json (built by `next build`) at run time,
 *          not build time, so only the deploy needs both; runs before
 *          `next build`, which copies public/ into out/.
 *
 * Why two files: the search code is as big as the widget itself and is
 * changing (FlexSearch alone is 17 KB gzipped), so bundling it would put
 * embed.js over the 15 KB budget sooner or later; host pages also pay for it
 * only when a reader focuses the box.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions } from 'esbuild';

/** Gzipped budget of embed.js, the part every host page downloads. */
export const EMBED_BUDGET_BYTES = 15 * 1024;

/** Browsers with custom elements, shadow DOM and constructable stylesheets all support ES2022. */
const TARGET = 'es2022';

export interface BuiltFile {
  path: string;
  bytes: number;
  gzipBytes: number;
}

async function bundle(entry: string, options: BuildOptions): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    write: false,
    target: TARGET,
    platform: 'browser',
    legalComments: 'none',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
    ...options,
  });
  const output = result.outputFiles?.[0];
  if (!output) throw new Error(`esbuild wrote nothing for ${entry}`);
  return output.text;
}

function write(path: string, code: string): BuiltFile {
  writeFileSync(path, code);
  return { path, bytes: Buffer.byteLength(code), gzipBytes: gzipSync(code, { level: 9 }).length };
}

/** Builds both files into `<root>/public` and returns their sizes. */
export async function buildEmbed(root: string = process.cwd()): Promise<{ embed: BuiltFile; search: BuiltFile }> {
  const publicDir = join(root, 'public');
  mkdirSync(publicDir, { recursive: true });
  const searchCode = await bundle(join(root, 'embed', 'embed-search.ts'), { format: 'esm' });
  const search = write(join(publicDir, 'embed-search.js'), searchCode);
  const hash = createHash('sha256').update(searchCode).digest('hex').slice(0, 12);
  const embedCode = await bundle(join(root, 'embed', 'embed.ts'), {
    format: 'iife',
    define: { 'process.env.NODE_ENV': '"production"', __FAQ_SEARCH_MODULE__: JSON.stringify(`embed-search.js?v=${hash}`) },
  });
  const embed = write(join(publicDir, 'embed.js'), embedCode);
  return { embed, search };
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { embed, search } = await buildEmbed();
    const combined = embed.gzipBytes + search.gzipBytes;
    console.log(`Wrote ${embed.path}: ${kb(embed.bytes)}, ${kb(embed.gzipBytes)} gzipped (budget ${kb(EMBED_BUDGET_BYTES)})`);
    console.log(`Wrote ${search.path}: ${kb(search.bytes)}, ${kb(search.gzipBytes)} gzipped (loaded on first focus)`);
    console.log(`Both together: ${kb(combined)} gzipped (${combined <= EMBED_BUDGET_BYTES ? 'would fit' : 'would not fit'} the budget as one file)`);
    if (embed.gzipBytes > EMBED_BUDGET_BYTES) {
      console.error(`embed.js is ${kb(embed.gzipBytes)} gzipped, over its ${kb(EMBED_BUDGET_BYTES)} budget: move code from embed/ into embed-search.js or trim it.`);
      process.exit(1);
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
