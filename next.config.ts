import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants';
import { configuredBasePath } from './lib/site/configured-base-path';
import { outDir } from './lib/site-folders';

/**
 * Static export to `out/` (or `FAQ_OUT`, lib/site-folders.ts), under the base path of `basePath:` in
 * site.yaml or BASE_PATH (e.g. `/faq`), GitHub Pages style (lib/site/configured-base-path.ts).
 */
export default function nextConfig(phase: string): NextConfig {
  const basePath = configuredBasePath();
  return {
    output: 'export',
    // With `output: 'export'`, distDir is where the export goes; Next keeps its own build files in .next.
    // `next dev` keeps everything in .next: it never writes into the folder a team deploys.
    ...(phase === PHASE_DEVELOPMENT_SERVER ? {} : { distDir: outDir }),
    trailingSlash: true,
    basePath,
    images: { unoptimized: true },
    env: { NEXT_PUBLIC_BASE_PATH: basePath },
    poweredByHeader: false,
    // Next renders static pages in (cores - 1) workers by default: one on a two-core machine. The content
    // is parsed once per build (lib/content/graph-cache.ts), so every core can render pages.
    experimental: { cpus: availableParallelism() },
    // Types are checked by `npm test` (`npm run typecheck`), not again by every content build.
    typescript: { ignoreBuildErrors: true },
    reactStrictMode: true,
  };
}
