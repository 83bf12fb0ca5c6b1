import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/app/_lib/seo';
import { categoryUrl, embedUrl, homeUrl, mapUrl, searchUrl, wizardUrl } from '@/lib/routes';
import { getSite } from '@/lib/site/get-site';

export const dynamic = 'force-static';

/** Every page of the site, for search engines. */
export default function sitemap(): MetadataRoute.Sitemap {
  const { graph, troubleshooter } = getSite();
  const { tree } = troubleshooter;
  const paths = [
    homeUrl,
    searchUrl(),
    mapUrl(),
    embedUrl,
    wizardUrl(),
    ...graph.categories.map((category) => categoryUrl(category.id)),
    ...graph.questions.map((question) => question.url),
    ...Object.keys(tree.nodes).filter((id) => id !== tree.root).map((id) => wizardUrl(id)),
  ];
  return paths.map((path) => ({ url: absoluteUrl(path) }));
}
