'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import type { Searcher, SearchResult } from '@/lib/search/engine/client';
import { rangesOf } from '@/lib/highlight';
import { resultHref } from '@/lib/result-href';
import { AskedAs, HighlightedText } from './highlighted-text';
import { MissingNote } from './missing-note';
import { ResultMeta } from './result-meta';
import { ResultsSearchBox } from './results-search-box';
import { wizardUrl } from '@/lib/routes';
import { useLatest } from './use-latest';
import { useSearcher } from './use-searcher';

const MAX_QUERY = 500;

/**
 * The results page: reads `?q=` so results can be shared as a link, shows it in
 * a box of its own to refine, and lists every result. With no results it offers the troubleshooter and the closest
 * questions (those matching any one word of the query).
 */
export function SearchResultsPage() {
  const params = useSearchParams();
  const query = (params.get('q') ?? '').slice(0, MAX_QUERY);
  const { state, load, fail } = useSearcher({ eager: true });
  // Results and closest questions of the current query; those of a query the page has moved on from are dropped.
  const [found, setFound] = useState<{ query: string; results: SearchResult[]; missing: string[]; closest: SearchResult[] } | null>(null);
  const latest = useLatest();
  useEffect(() => {
    if (state.status !== 'ready' || !query.trim()) return;
    const { searcher } = state;
    latest.run(
      async () => {
        const { results, reading } = await searcher.queryAsync(query, { limit: 100 });
        return { query, results, missing: reading.missing, closest: results.length === 0 ? await closestQuestions(searcher, query) : [] };
      },
      setFound,
      fail,
    );
  }, [state, query, fail, latest]);
  const searched = state.status === 'ready' && found?.query === query;
  const results = searched ? found.results : [];
  const closest = searched ? found.closest : [];
  const missing = searched ? found.missing : [];

  return (
    <>
      <h1 className="text-3xl font-bold">{query.trim() ? <>Results for “{query.trim()}”</> : 'Search'}</h1>
      <ResultsSearchBox query={query} maxLength={MAX_QUERY} />
      <div role="status" aria-live="polite" className="mt-3 text-[var(--muted)]">
        {!query.trim() ? 'Type an error code, a message or a question in the search box.'
          : searched ? (missing.length > 0 ? count(results.length, 'partial match', 'partial matches') : count(results.length, 'result', 'results'))
          : state.status === 'error' ? '' : 'Loading search…'}
      </div>
      {state.status === 'error' && (
        <p className="mt-4 rounded-md border border-[var(--border)] p-4" role="alert">
          {state.message}{' '}
          <button type="button" onClick={load} className="underline">Try again</button>
        </p>
      )}
      <MissingNote missing={missing} partial={results.length > 0} className="mt-4 rounded-md border border-[var(--border)] bg-[var(--surface)] p-3" />
      {results.length > 0 && (
        <ol className="mt-6 space-y-6">
          {results.map((result) => <ResultItem key={result.id} result={result} />)}
        </ol>
      )}
      {searched && query.trim() && results.length === 0 && (
        <section className="mt-6" aria-labelledby="no-results-heading">
          <h2 id="no-results-heading" className="text-xl font-semibold">{missing.length > 0 ? 'Nothing else matches' : 'No answer matches all of that'}</h2>
          <p className="mt-2">
            Describe what you see in the <Link href={wizardUrl()}>troubleshooter</Link>, or try fewer or other words.
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
      {result.asked && <AskedAs asked={result.asked} className="mt-1 block text-sm text-[var(--muted)]" />}
      <p className="mt-1"><HighlightedText text={result.snippet.text} ranges={result.snippet.highlights} /></p>
    </li>
  );
}

async function closestQuestions(searcher: Searcher, query: string): Promise<SearchResult[]> {
  const seen = new Map<string, SearchResult>();
  const words = query.split(/\s+/).filter((w) => w.length > 2).slice(0, 12);
  for (const results of await Promise.all(words.map((word) => searcher.searchAsync(word, { limit: 3 })))) {
    for (const result of results) if (!seen.has(result.id)) seen.set(result.id, result);
  }
  return [...seen.values()].slice(0, 6);
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
