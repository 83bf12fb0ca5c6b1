import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AnswerContent } from '@/components/answer-content';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { QuestionTitle } from '@/components/question-list';
import { summariseAnswer } from '@/lib/summarise';
import { pageMetadata } from '@/app/_lib/seo';
import { getSite } from '@/app/_lib/site';

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getSite().graph.categories.map((category) => ({ id: category.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = getSite().category((await params).id);
  if (!category) return {};
  return pageMetadata({
    title: category.title,
    description: `${category.questions.length} questions about ${category.title.toLowerCase()} in the Vipps eCom API FAQ.`,
    path: category.url,
  });
}

export default async function CategoryPage({ params }: Props) {
  const site = getSite();
  const category = site.category((await params).id);
  if (!category) notFound();
  const questions = category.questions.map((id) => site.question(id)!);
  return (
    <>
      <Breadcrumbs trail={[{ href: '/', label: 'Home' }, { label: category.title }]} />
      <h1 className="text-3xl font-bold">{category.title}</h1>
      {category.html && (
        <div className="mt-4 max-w-3xl">
          <AnswerContent html={category.html} />
        </div>
      )}
      {questions.length > 0 && (
        <ol className="mt-6 space-y-5">
          {questions.map((question) => (
            <li key={question.id}>
              <h2 className="text-lg font-semibold">
                <Link href={question.url}><QuestionTitle question={question} /></Link>
              </h2>
              <p className="mt-1 text-[var(--muted)]">{summariseAnswer(question.html, 200)}</p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
