'use client';

import { useEffect, useState } from 'react';
import { withBasePath } from '@/lib/base-path';
import type { SearchResult } from '@/lib/search/engine/client';
import { wizardUrl } from '@/lib/routes';
import { useLatest } from './use-latest';
import { loadSearcher } from './use-searcher';

/**
 * Suggests the questions the missing page's address is most likely about, found by
 * the site's own search once the 404 page is shown: nothing on this page, or on any
 * page that shares the layout, carries a list of questions. Its code is loaded on every
 * page (it is the root's not-found view), so its links are plain ones that InAppLinks
 * moves within the app, not `next/link` in a chunk of its own.
 */
export function NotFoundSuggestions() {
  const [suggestions, setSuggestions] = useState<SearchResult[]>([]);
  const [wizardStep, setWizardStep] = useState(false);
  const latest = useLatest();
  useEffect(() => {
    setWizardStep(/\/wizard\/[^/]+/.test(window.location.pathname));
    const query = wordsOf(decodeURIComponentSafe(window.location.pathname + ' ' + window.location.hash));
    if (!query) return;
    latest.run(async () => (await loadSearcher()).searchAsync(query, { limit: 5 }), setSuggestions, () => undefined);
  }, [latest]);
  return (
    <>
      {wizardStep && (
        <p className="mt-6 rounded-md border border-[var(--border)] bg-[var(--surface)] p-4">
          This troubleshooter step does not exist any more: the troubleshooter may have changed since the link was
          shared. <a href={withBasePath(wizardUrl())} data-in-app="">Start the troubleshooter</a> again; it takes a few clicks.
        </p>
      )}
      {suggestions.length > 0 && (
        <section aria-labelledby="suggestions-heading" className="mt-8">
          <h2 id="suggestions-heading" className="text-lg font-semibold">Perhaps you were looking for</h2>
          <ul className="mt-2 space-y-1.5">
            {suggestions.map((result) => (
              <li key={result.id}>
                <a href={withBasePath(result.url)} data-in-app="">{result.title}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** The words of a path, as a search query: `/q/why-does-captrue-fail/` → `why does captrue fail`. */
function wordsOf(path: string): string {
  return path
    .replace(/^\/(q|c|d|wizard)\//, '/')
    .split(/[^\p{L}\p{N}_]+/u)
    .filter((word) => word.length > 1 && !/^(q|c|d|page|wizard|step|\d+)$/.test(word))
    .join(' ');
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
