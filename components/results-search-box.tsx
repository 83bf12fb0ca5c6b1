'use client';

import { useRef, useState } from 'react';
import { withBasePath } from '@/lib/base-path';
import { searchUrl } from '@/lib/routes';
import { emitFaqEvent } from './faq-events';
import { useShortcutFocus } from './search-box';

/**
 * The results page's own search box, above the results, holding the query: as the reader refines it, the
 * URL's `?q=` follows (replaced, not pushed, so Back leaves the page rather than undo each letter), and the
 * results, which read `?q=`, with it. A query the URL gets from elsewhere (the header's box, Back) replaces
 * what the box holds. A plain GET form to the results page, so it submits without JavaScript too.
 *
 * It is the page's primary box: `/` focuses it, and on a phone the header's box gives way to it.
 */
export function ResultsSearchBox({ query = '', maxLength }: { query?: string; maxLength?: number }) {
  const [text, setText] = useState(query);
  const [fromUrl, setFromUrl] = useState(query);
  if (query !== fromUrl) {
    setFromUrl(query);
    setText(query);
  }
  const inputRef = useRef<HTMLInputElement>(null);
  useShortcutFocus(inputRef, true);
  const refine = (value: string) => {
    setText(value);
    window.history.replaceState(null, '', withBasePath(searchUrl(value)));
  };
  return (
    <form
      action={withBasePath(searchUrl())}
      method="get"
      role="search"
      aria-label="Refine the search"
      className="mt-4 flex gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim()) emitFaqEvent('faq:search', { query: text.slice(0, 200) });
      }}
    >
      <label htmlFor="results-search-input" className="sr-only">Search the FAQ</label>
      <input
        ref={inputRef}
        id="results-search-input"
        name="q"
        type="search"
        autoComplete="off"
        spellCheck={false}
        maxLength={maxLength}
        placeholder="Error code, message or question…"
        value={text}
        data-search-input="primary"
        onChange={(event) => refine(event.target.value)}
        className="min-w-0 flex-1 rounded-md border border-[var(--border)] bg-[var(--bg)] px-3 py-2 text-[var(--fg)]"
      />
      <button type="submit" className="btn">Search</button>
    </form>
  );
}
