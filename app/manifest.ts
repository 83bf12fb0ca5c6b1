import type { MetadataRoute } from 'next';
import { withBasePath } from '@/lib/base-path';
import { files } from '@/lib/routes';
import { brandFiles } from '@/lib/site/brand';
import { getSite } from '@/lib/site/get-site';

export const dynamic = 'force-static';

/** The web app manifest: the site's name, colour and icon, for a phone's home screen. */
export default function manifest(): MetadataRoute.Manifest {
  const site = getSite();
  const { favicon } = brandFiles(site.settings, site.contentDir);
  return {
    name: site.name,
    short_name: site.name,
    description: site.settings.description ?? `Answers from ${site.graph.documents.map((d) => d.title).join(', ')}.`,
    start_url: withBasePath('/'),
    display: 'browser',
    theme_color: site.settings.accent ?? '#ff5b24',
    background_color: '#ffffff',
    icons: [{ src: withBasePath(files.brand(favicon.name)), type: favicon.type, sizes: 'any' }],
  };
}
