/**
 * The files that show whose site it is: the logo beside the name in the header and the favicon, from
 * the content folder (`logo:` and `favicon:` in site.yaml), else FAQ Navigator's own icon. They are
 * served at `/brand/<name>` (app/brand/[file]), so a team's files never go into the app's public/.
 */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { SiteSettings } from '@/lib/content/site-settings';

export interface BrandFile {
  /** The name it is served under: `logo.svg`, `favicon.png`. */
  name: string;
  type: string;
  /** Where it is read from. */
  path: string;
}

const TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
};

/** The site's favicon (always one) and logo (when set). */
export function brandFiles(settings: SiteSettings, contentDir: string): { favicon: BrandFile; logo?: BrandFile } {
  const file = (role: 'logo' | 'favicon', setting: string): BrandFile => {
    const ext = extname(setting).toLowerCase();
    return { name: `${role}${ext}`, type: TYPES[ext] ?? 'application/octet-stream', path: join(contentDir, setting) };
  };
  return {
    favicon: settings.favicon ? file('favicon', settings.favicon) : { name: 'favicon.svg', type: TYPES['.svg']!, path: join(import.meta.dirname, 'default-icon.svg') },
    ...(settings.logo ? { logo: file('logo', settings.logo) } : {}),
  };
}

export function readBrandFile(file: BrandFile): Buffer {
  return readFileSync(file.path);
}
