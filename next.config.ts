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
  reactStrictMode: true,
};

export default nextConfig;
