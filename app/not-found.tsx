import Link from 'next/link';
import { NotFoundSuggestions } from '@/components/not-found-suggestions';
import { getSite } from '@/app/_lib/site';

export const metadata = { title: 'Page not found', description: 'This page does not exist. Search the FAQ or pick one of the suggested questions.', robots: { index: false } };

export default function NotFound() {
  const { graph } = getSite();
  const questions = graph.questions.map((question) => ({ url: question.url, title: question.title }));
  return (
    <>
      <h1 className="text-3xl font-bold">This page does not exist</h1>
      <p className="mt-3 text-[var(--muted)]">
        The link may be old or mistyped. Try one of these, <Link href="/search/">search</Link>, or go to the{' '}
        <Link href="/">home page</Link>.
      </p>
      <NotFoundSuggestions questions={questions} />
    </>
  );
}
