import { NotFoundSuggestions } from '@/components/not-found-suggestions';
import { withBasePath } from '@/lib/base-path';
import { homeUrl, searchUrl, wizardUrl } from '@/lib/routes';

export const metadata = { title: 'Page not found', description: 'This page does not exist. Search the FAQ or pick one of the suggested questions.', robots: { index: false } };

/** Shown for every missing path; it is part of every page's payload, so it carries no content data. */
export default function NotFound() {
  return (
    <>
      <h1 className="text-title font-bold">This page does not exist</h1>
      <p className="mt-3 text-muted">
        The link may be old or mistyped. <a href={withBasePath(searchUrl())} data-in-app="">Search</a> the answers, try the{' '}
        <a href={withBasePath(wizardUrl())} data-in-app="">troubleshooter</a>, or go to the <a href={withBasePath(homeUrl)} data-in-app="">home page</a>.
      </p>
      <NotFoundSuggestions />
    </>
  );
}
