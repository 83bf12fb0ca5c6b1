import type { NextConfig } from 'next';
import { basePath } from './lib/base-path';

/**
 * Static export to `out/`. Set BASE_PATH (e.g. `/faq-navigator`) to serve the
 * export under a sub-path, GitHub Pages style (lib/base-path.ts).
 */
const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: true,
  basePath,
  images: { unoptimized: true },
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
