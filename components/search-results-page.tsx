'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import type { Searcher, SearchResult } from '@/lib/search/client';
import { rangesOf } from '@/lib/highlight';
import { resultHref } from '@/lib/result-href';
import { HighlightedText } from './highlighted-text';
import { ResultMeta } from './result-meta';
import { useSearcher } from './use-searcher';

const MAX_QUERY = 500;

/**
 * The results page: reads `?q=` so results can be shared as a link, and lists
 * every result. With no results it offers the troubleshooter and the closest
 * questions (those matching any one word of the query).
 */
export function SearchResultsPage() {
  const params = useSearchParams();
  const query = (params.get('q') ?? '').slice(0, MAX_QUERY);
  const { state, load } = useSearcher({ eager: true });
  const results = useMemo(() => (state.status === 'ready' && query.trim() ? state.searcher.search(query, { limit: 100 }) : []), [state, query]);
  const closest = useMemo(() => (state.status === 'ready' && results.length === 0 ? closestQuestions(state.searcher, query) : []), [state, results, query]);

  return (
    <>
      <h1 className="text-3xl font-bold">{query.trim() ? <>Results for “{query.trim()}”</> : 'Search'}</h1>
      <div role="status" aria-live="polite" className="mt-2 text-[var(--muted)]">
        {!query.trim() ? 'Type an error code, a message or a question in the search box.'
          : state.status === 'ready' ? `${results.length} result${results.length === 1 ? '' : 's'}`
          : state.status === 'error' ? '' : 'Loading search…'}
      </div>
      {state.status === 'error' && (
        <p className="mt-4 rounded-md border border-[var(--border)] p-4" role="alert">
          {state.message}{' '}
          <button type="button" onClick={load} className="underline">Try again</button>
        </p>
      )}
      {results.length > 0 && (
        <ol className="mt-6 space-y-6">
          {results.map((result) => <ResultItem key={result.id} result={result} />)}
        </ol>
      )}
      {state.status === 'ready' && query.trim() && results.length === 0 && (
        <section className="mt-6" aria-labelledby="no-results-heading">
          <h2 id="no-results-heading" className="text-xl font-semibold">No answer matches all of that</h2>
          <p className="mt-2">
            Describe what you see in the <Link href="/wizard/">troubleshooter</Link>, or try fewer or other words.
          </p>
          {closest.length > 0 && (
            <>
              <h3 className="mt-4 font-semibold">Closest questions</h3>
              <ul className="mt-2 space-y-1.5">
                {closest.map((result) => (
                  <li key={result.id}><Link href={result.url}>{result.title}</Link></li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      <noscript>
        <p className="mt-4">Search runs in your browser and needs JavaScript. You can <a href="./../">browse every question by topic</a>.</p>
      </noscript>
    </>
  );
}

function ResultItem({ result }: { result: SearchResult }) {
  return (
    <li>
      <h2 className="text-lg font-semibold">
        <Link href={resultHref(result)}>
          <HighlightedText text={result.title} ranges={rangesOf(result.title, result.terms)} />
        </Link>
      </h2>
      <ResultMeta result={result} className="block text-sm text-[var(--muted)]" />
      <p className="mt-1"><HighlightedText text={result.snippet.text} ranges={result.snippet.highlights} /></p>
    </li>
  );
}

function closestQuestions(searcher: Searcher, query: string): SearchResult[] {
  const seen = new Map<string, SearchResult>();
  for (const word of query.split(/\s+/).filter((w) => w.length > 2).slice(0, 12)) {
    for (const result of searcher.search(word, { limit: 3 })) if (!seen.has(result.id)) seen.set(result.id, result);
  }
  return [...seen.values()].slice(0, 6);
}
