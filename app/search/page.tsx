import type { Metadata } from 'next';
import { Suspense } from 'react';
import { pageMetadata } from '@/app/_lib/seo';
import { SearchFallback } from '@/components/search-fallback';
import { SearchResultsPage } from '@/components/search-results-page';
import { searchUrl } from '@/lib/routes';
import { getSite } from '@/lib/site/get-site';

export function generateMetadata(): Metadata {
  return pageMetadata({ title: 'Search', description: 'Search the FAQ by error code, message or question.', path: searchUrl() });
}

/** The results render in the browser (they depend on `?q=`); the static page is the fallback. */
export default function SearchPage() {
  return (
    <div className="mx-auto max-w-[var(--measure)]">
      <Suspense fallback={<SearchFallback site={getSite()} />}>
        <SearchResultsPage />
      </Suspense>
    </div>
  );
}
