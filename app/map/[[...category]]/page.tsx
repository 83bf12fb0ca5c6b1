import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CategoryMapPage, KnowledgeMapPage } from '@/components/map-page';
import { pageMetadata } from '@/app/_lib/seo';
import { basePath } from '@/lib/base-path';
import { mapUrl } from '@/lib/routes';
import { getSite } from '@/lib/site/get-site';

/**
 * `/map/`, and on a site past FULL_MAP_LIMIT questions `/map/<category-id>/` for each category's own map.
 * One optional catch-all route, so it always has a page (an export fails on a dynamic route with none).
 */
type Props = { params: Promise<{ category?: string[] }> };

export const dynamicParams = false;

export function generateStaticParams() {
  const { graph, map } = getSite();
  const categories = map.scale === 'categories' ? graph.categories.filter((category) => category.questions.length > 0) : [];
  return [{ category: [] }, ...categories.map((category) => ({ category: [category.id] }))];
}

/** The category a path names; undefined for `/map/` itself; null for any other path. */
async function categoryOf(params: Props['params']) {
  const path = (await params).category ?? [];
  if (path.length === 0) return undefined;
  const category = path.length === 1 && getSite().map.scale === 'categories' ? getSite().category(path[0]!) : undefined;
  return category && category.questions.length > 0 ? category : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = await categoryOf(params);
  if (category === null) return {};
  if (category === undefined) {
    return pageMetadata({
      title: 'Knowledge map',
      description: 'Every question of the FAQ as one picture: categories as coloured clusters, cross-links as lines, the most linked-to answers biggest.',
      path: mapUrl(),
    });
  }
  return pageMetadata({
    title: `Map of ${category.title}`,
    description: `The ${category.questions.length} questions of ${category.title} and the categories they link with.`,
    path: mapUrl(category.id),
  });
}

export default async function MapRoute({ params }: Props) {
  const category = await categoryOf(params);
  if (category === null) notFound();
  const { graph, map } = getSite();
  return category ? <CategoryMapPage graph={graph} map={map} categoryId={category.id} basePath={basePath} /> : <KnowledgeMapPage graph={graph} map={map} basePath={basePath} />;
}
