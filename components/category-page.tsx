import Link from 'next/link';
import type { Category } from '@/lib/content/types';
import type { ListPage } from '@/lib/paging';
import { categoryUrl, homeUrl, mapUrl } from '@/lib/routes';
import type { Site } from '@/lib/site/site';
import { AnswerContent } from './answer-content';
import { Breadcrumbs } from './breadcrumbs';
import { PageLinks } from './page-links';
import { QuestionTitle } from './question-list';

/** A category: its prose, then its questions with the first sentence of each answer, one page of them (`listPage`). */
export function CategoryPage({ site, category, list }: { site: Site; category: Category; list: ListPage<string> }) {
  const { page, pages, first } = list;
  const questions = list.items.map((id) => site.question(id)!);
  const document = site.document(category.document);
  const documentCrumb = site.multiDocument && document ? [{ href: document.url, label: document.title }] : [];
  return (
    <>
      <Breadcrumbs trail={[{ href: homeUrl, label: 'Home' }, ...documentCrumb, { label: category.title }]} />
      <h1 className="text-title font-bold">
        {category.title}
        {pages > 1 && <span className="text-muted text-xl font-normal"> (page {page} of {pages})</span>}
      </h1>
      {category.questions.length > 0 && site.map.scale === 'categories' && (
        <p className="mt-2 text-sm">
          <Link href={mapUrl(category.id)} prefetch={false}>
            Map of this category
          </Link>
        </p>
      )}
      {page === 1 && category.html && (
        <div className="mt-4 max-w-[var(--measure)]">
          <AnswerContent content={category.html} />
        </div>
      )}
      {questions.length > 0 && (
        <ol className="link-list mt-6 max-w-[var(--measure)] space-y-5" start={first + 1}>
          {questions.map((question) => (
            <li key={question.id}>
              <h2 className="text-lg font-semibold">
                <Link href={question.url} prefetch={false}>
                  <QuestionTitle question={question} />
                </Link>
              </h2>
              <p className="mt-1 text-muted">{site.answer(question.id)!.summary(200)}</p>
            </li>
          ))}
        </ol>
      )}
      <PageLinks label="Pages of this category" page={page} pages={pages} href={(n) => categoryUrl(category.id, n)} />
    </>
  );
}
