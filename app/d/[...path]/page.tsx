import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { pageMetadata } from '@/app/_lib/seo';
import { getSite } from '@/lib/site/get-site';
import { AnswerContent } from '@/components/answer-content';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { CategoryCards } from '@/components/category-cards';
import { PageLinks } from '@/components/page-links';
import { ownerPage, pagedPaths } from '@/lib/paging';
import { documentUrl, homeUrl } from '@/lib/routes';

/** `/d/<id>/`, and `/d/<id>/page/<n>/` for the rest of a document of many categories (one route: an export needs every route to have pages). */
type Props = { params: Promise<{ path: string[] }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return pagedPaths(getSite().graph.documents.map((document) => ({ id: document.id, items: document.categories })));
}

/** The document and the page of its categories a path names, or undefined for any other path. */
async function pageOf(params: Props['params']) {
  const found = ownerPage((await params).path, (id) => getSite().document(id), (document) => document.categories);
  return found && { document: found.owner, list: found.list };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = getSite();
  const found = await pageOf(params);
  if (!found) return {};
  const { document, list } = found;
  const questions = document.categories.reduce((n, id) => n + (site.category(id)?.questions.length ?? 0), 0);
  return pageMetadata({
    title: list.page > 1 ? `${document.title} (page ${list.page})` : document.title,
    description: `${questions} questions and answers of ${document.title}.`,
    path: documentUrl(document.id, list.page),
  });
}

/** One FAQ document of the site: its introduction and notices, and its categories, a page of them at a time. */
export default async function DocumentPage({ params }: Props) {
  const site = getSite();
  const found = await pageOf(params);
  if (!found) notFound();
  const { document, list } = found;
  const { page, pages } = list;
  return (
    <>
      <Breadcrumbs trail={[{ href: homeUrl, label: 'Home' }, { label: document.title }]} />
      <h1 className="text-title font-bold">
        {document.title}
        {pages > 1 && <span className="text-muted text-xl font-normal"> (page {page} of {pages})</span>}
      </h1>
      {page === 1 &&
        document.notices.map((html, i) => (
          <div key={i} className="notice mt-4 max-w-3xl">
            <AnswerContent content={html} />
          </div>
        ))}
      {page === 1 && document.intro && (
        <div className="mt-4 max-w-3xl">
          <AnswerContent content={document.intro} />
        </div>
      )}
      <section aria-label="Categories" className="mt-8">
        <CategoryCards categories={list.items.map((id) => site.category(id)!)} question={site.question} summary={(id) => site.answer(id)?.summary()} headingLevel={2} documentTitle={document.title} />
      </section>
      <PageLinks label="Pages of this FAQ’s categories" page={page} pages={pages} href={(n) => documentUrl(document.id, n)} />
    </>
  );
}
