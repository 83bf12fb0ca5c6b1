import Link from 'next/link';
import type { Category } from '@/lib/content/types';
import { categoryUrl, homeUrl, mapUrl } from '@/lib/routes';
import type { Site } from '@/lib/site/site';
import { AnswerContent } from './answer-content';
import { Breadcrumbs } from './breadcrumbs';
import { QuestionTitle } from './question-list';

/** Questions per category page; a longer category continues on `/c/<id>/page/2/` and so on. */
const CATEGORY_PAGE_SIZE = 200;

/** How many pages a category's list takes. */
export function categoryPageCount(category: Category): number {
  return Math.max(1, Math.ceil(category.questions.length / CATEGORY_PAGE_SIZE));
}

/** A category: its prose, then its questions with the first sentence of each answer, one page of them. */
export function CategoryPage({ site, category, page }: { site: Site; category: Category; page: number }) {
  const pages = categoryPageCount(category);
  const first = (page - 1) * CATEGORY_PAGE_SIZE;
  const questions = category.questions.slice(first, first + CATEGORY_PAGE_SIZE).map((id) => site.question(id)!);
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
      {pages > 1 && (
        <nav aria-label="Pages of this category" className="mt-8 flex flex-wrap gap-2">
          {Array.from({ length: pages }, (_, i) => i + 1).map((n) =>
            n === page ? (
              <span key={n} aria-current="page" className="chip">
                {n}
              </span>
            ) : (
              <Link key={n} href={categoryUrl(category.id, n)} prefetch={false} className="chip chip-quiet">
                <span className="sr-only">Page </span>
                {n}
              </Link>
            ),
          )}
        </nav>
      )}
    </>
  );
}
