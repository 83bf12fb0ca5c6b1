import Link from 'next/link';
import { NotFoundSuggestions } from '@/components/not-found-suggestions';
import { homeUrl, searchUrl, wizardUrl } from '@/lib/routes';

export const metadata = { title: 'Page not found', description: 'This page does not exist. Search the FAQ or pick one of the suggested questions.', robots: { index: false } };

/** Shown for every missing path; it is part of every page's payload, so it carries no content data. */
export default function NotFound() {
  return (
    <>
      <h1 className="text-title font-bold">This page does not exist</h1>
      <p className="mt-3 text-muted">
        The link may be old or mistyped. <Link href={searchUrl()}>Search</Link> the answers, try the{' '}
        <Link href={wizardUrl()}>troubleshooter</Link>, or go to the <Link href={homeUrl}>home page</Link>.
      </p>
      <NotFoundSuggestions />
    </>
  );
}
