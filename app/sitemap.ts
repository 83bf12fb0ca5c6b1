import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/app/_lib/seo';
import { getSite, getWizard } from '@/app/_lib/site';

export const dynamic = 'force-static';

/** Every page of the site, for search engines. */
export default function sitemap(): MetadataRoute.Sitemap {
  const { graph } = getSite();
  const { tree } = getWizard();
  const paths = [
    '/',
    '/search/',
    '/map/',
    '/embed/',
    '/wizard/',
    ...graph.categories.map((category) => category.url),
    ...graph.questions.map((question) => question.url),
    ...Object.keys(tree.nodes).filter((id) => id !== tree.root).map((id) => `/wizard/${id}/`),
  ];
  return paths.map((path) => ({ url: absoluteUrl(path) }));
}
