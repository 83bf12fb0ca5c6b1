import type { Metadata } from 'next';
import { Suspense } from 'react';
import { pageMetadata } from '@/app/_lib/seo';
import { SearchResultsPage } from '@/components/search-results-page';

export const metadata: Metadata = pageMetadata({
  title: 'Search',
  description: 'Search the Vipps eCom API FAQ by error code, message or question.',
  path: '/search/',
});

export default function SearchPage() {
  return (
    <Suspense fallback={<h1 className="text-3xl font-bold">Search</h1>}>
      <SearchResultsPage />
    </Suspense>
  );
}
