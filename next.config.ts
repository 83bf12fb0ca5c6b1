import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';
import { basePath } from './lib/base-path';
import { outDir } from './lib/site-folders';

/**
 * Static export to `out/` (or `FAQ_OUT`, lib/site-folders.ts). Set BASE_PATH (e.g. `/faq-navigator`)
 * to serve the export under a sub-path, GitHub Pages style (lib/base-path.ts).
 */
const nextConfig: NextConfig = {
  output: 'export',
  // With `output: 'export'`, distDir is where the export goes; Next keeps its own build files in .next.
  distDir: outDir,
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

export default nextConfig;
