import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CategoryMapPage, KnowledgeMapPage } from '@/components/map-page';
import { pageMetadata } from '@/app/_lib/seo';
import { basePath } from '@/lib/base-path';
import type { Category } from '@/lib/content/types';
import { laterPagePaths, pageCount, pageOfPath } from '@/lib/paging';
import { mapPageUrl, mapUrl } from '@/lib/routes';
import { getSite } from '@/lib/site/get-site';

/**
 * `/map/`, and on a site past FULL_MAP_LIMIT questions `/map/<category-id>/` for each category's own map
 * and `/map/page/<n>/` for the rest of its list of categories. One optional catch-all route, so it always
 * has a page (an export fails on a dynamic route with none).
 */
type Props = { params: Promise<{ category?: string[] }> };

export const dynamicParams = false;

export function generateStaticParams() {
  const { graph, map } = getSite();
  if (map.scale === 'questions') return [{ category: [] }];
  const categories = graph.categories.filter((category) => category.questions.length > 0);
  return [{ category: [] }, ...laterPagePaths(map.overview.categories.length).map((page) => ({ category: page })), ...categories.map((category) => ({ category: [category.id] }))];
}

/** What a path names: a page of the map (1 for `/map/` itself), a category's own map, or null for any other path. */
async function pathOf(params: Props['params']): Promise<{ type: 'map'; page: number } | { type: 'category'; category: Category } | null> {
  const path = (await params).category ?? [];
  const site = getSite();
  if (path.length === 0) return { type: 'map', page: 1 };
  if (site.map.scale !== 'categories') return null;
  const page = pageOfPath(path);
  if (page <= pageCount(site.map.overview.categories.length)) return { type: 'map', page };
  const category = path.length === 1 ? site.category(path[0]!) : undefined;
  return category && category.questions.length > 0 ? { type: 'category', category } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await pathOf(params);
  if (found === null) return {};
  if (found.type === 'map') {
    return pageMetadata({
      title: found.page > 1 ? `Knowledge map (page ${found.page})` : 'Knowledge map',
      description: 'Every question of the FAQ as one picture: categories as coloured clusters, cross-links as lines, the most linked-to answers biggest.',
      path: mapPageUrl(found.page),
    });
  }
  const { category } = found;
  return pageMetadata({
    title: `Map of ${category.title}`,
    description: `The ${category.questions.length} questions of ${category.title} and the categories they link with.`,
    path: mapUrl(category.id),
  });
}

export default async function MapRoute({ params }: Props) {
  const found = await pathOf(params);
  if (found === null) notFound();
  const { graph, map } = getSite();
  return found.type === 'map' ? (
    <KnowledgeMapPage graph={graph} map={map} basePath={basePath} page={found.page} />
  ) : (
    <CategoryMapPage graph={graph} map={map} categoryId={found.category.id} basePath={basePath} />
  );
}
