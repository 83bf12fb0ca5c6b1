import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { pageMetadata } from '@/app/_lib/seo';
import { getSite } from '@/lib/site/get-site';
import { AnswerContent } from '@/components/answer-content';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { CategoryCards } from '@/components/category-cards';
import { homeUrl } from '@/lib/routes';

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getSite().graph.documents.map((document) => ({ id: document.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = getSite();
  const document = site.document((await params).id);
  if (!document) return {};
  const questions = document.categories.reduce((n, id) => n + (site.category(id)?.questions.length ?? 0), 0);
  return pageMetadata({ title: document.title, description: `${questions} questions and answers of ${document.title}.`, path: document.url });
}

/** One FAQ document of the site: its introduction and notices, and its categories. */
export default async function DocumentPage({ params }: Props) {
  const site = getSite();
  const document = site.document((await params).id);
  if (!document) notFound();
  const categories = document.categories.map((id) => site.category(id)!);
  return (
    <>
      <Breadcrumbs trail={[{ href: homeUrl, label: 'Home' }, { label: document.title }]} />
      <h1 className="text-title font-bold">{document.title}</h1>
      {document.notices.map((html, i) => (
        <div key={i} className="notice mt-4 max-w-3xl">
          <AnswerContent content={html} />
        </div>
      ))}
      {document.intro && (
        <div className="mt-4 max-w-3xl">
          <AnswerContent content={document.intro} />
        </div>
      )}
      <section aria-label="Categories" className="mt-8">
        <CategoryCards categories={categories} question={site.question} summary={(id) => site.answer(id)?.summary()} headingLevel={2} documentTitle={document.title} />
      </section>
    </>
  );
}
