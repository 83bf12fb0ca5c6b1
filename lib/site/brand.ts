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
  /** Where it is read from; FAQ Navigator's own icon has none. */
  path?: string;
}

/** FAQ Navigator's own icon: a question mark on the brand colour. */
const DEFAULT_ICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="14" fill="#c63d0f"/><path d="M12.5 12a3.5 3.5 0 1 1 5 3.2c-1 .5-1.5 1.2-1.5 2.3V19" fill="none" stroke="#fff" stroke-width="2.6" stroke-linecap="round"/><circle cx="16" cy="23.5" r="1.7" fill="#fff"/></svg>';

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
    favicon: settings.favicon ? file('favicon', settings.favicon) : { name: 'favicon.svg', type: TYPES['.svg']! },
    ...(settings.logo ? { logo: file('logo', settings.logo) } : {}),
  };
}

export function readBrandFile(file: BrandFile): Buffer {
  return file.path ? readFileSync(file.path) : Buffer.from(DEFAULT_ICON);
}
