import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { pageMetadata } from '@/app/_lib/seo';
import { CategoryPage } from '@/components/category-page';
import { ownerPage, pagedPaths } from '@/lib/paging';
import { categoryUrl } from '@/lib/routes';
import { getSite } from '@/lib/site/get-site';

/** `/c/<id>/`, and `/c/<id>/page/<n>/` for the rest of a long category (one route: an export needs every route to have pages). */
type Props = { params: Promise<{ path: string[] }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return pagedPaths(getSite().graph.categories.map((category) => ({ id: category.id, items: category.questions })));
}

/** The category and the page of its questions a path names, or undefined for any other path. */
async function pageOf(params: Props['params']) {
  const found = ownerPage((await params).path, (id) => getSite().category(id), (category) => category.questions);
  return found && { category: found.owner, list: found.list };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await pageOf(params);
  if (!found) return {};
  const { category, list: { page } } = found;
  const document = getSite().document(category.document);
  return pageMetadata({
    title: page > 1 ? `${category.title} (page ${page})` : category.title,
    description: `${category.questions.length} questions about ${category.title.toLowerCase()} in ${document?.title ?? 'the FAQ'}.`,
    path: categoryUrl(category.id, page),
  });
}

export default async function CategoryRoute({ params }: Props) {
  const found = await pageOf(params);
  if (!found) notFound();
  return <CategoryPage site={getSite()} category={found.category} list={found.list} />;
}
