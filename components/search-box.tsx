'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { withBasePath } from '@/lib/base-path';
import { searchUrl, wizardUrl } from '@/lib/routes';
import { describeStatus, moveActive } from '@/lib/combobox';
import { rangesOf } from '@/lib/highlight';
import { resultHref } from '@/lib/result-href';
import type { SearchResult } from '@/lib/search/engine/client';
import { emitFaqEvent } from './faq-events';
import { AskedAs, HighlightedText } from './highlighted-text';
import { MissingNote } from './missing-note';
import { ResultMeta } from './result-meta';
import { useLatest } from './use-latest';
import { useSearcher } from './use-searcher';

const MAX_OPTIONS = 8;

/**
 * The search combobox (WAI-ARIA APG "list autocomplete"): results appear as
 * you type; arrow keys move `aria-activedescendant`; Enter opens the active
 * result, or the full results page when none is active; Escape clears and
 * closes. Inside a plain GET form, so it works without JavaScript too.
 */
export function SearchBox({ large = false, primary = false }: { large?: boolean; primary?: boolean }) {
  const router = useRouter();
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const inputRef = useRef<HTMLInputElement>(null);
  const { state, load, fail } = useSearcher();
  const [query, setQuery] = useState('');
  // The results shown and the query they are for: while the next query's search fetches what it needs, the list
  // keeps them and is busy. The results of a search that a newer one overtook are dropped.
  const [found, setFound] = useState<{ query: string; results: SearchResult[]; missing: string[] }>({ query: '', results: [], missing: [] });
  const results = found.results;
  const busy = state.status === 'ready' && query.trim() !== '' && found.query !== query;
  const latest = useLatest();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  useEffect(() => {
    if (state.status !== 'ready' || !query.trim()) {
      latest.cancel();
      setFound({ query, results: [], missing: [] });
      return;
    }
    latest.run(
      () => state.searcher.queryAsync(query, { limit: MAX_OPTIONS }),
      (next) => {
        setFound({ query, results: next.results, missing: next.reading.missing });
        setActive(-1);
      },
      fail,
    );
  }, [query, state, fail, latest]);

  useShortcutFocus(inputRef, primary);
  const focusPageHeading = useCloseOnNavigation(() => {
    setOpen(false);
    setActive(-1);
  });

  // A reader may reach the box before the page's code has run (a slow phone): the focus came before the
  // listener, and what was typed before React took over is in the input, not in state. Take both up (after
  // useCloseOnNavigation's first run, which closes the list).
  useEffect(() => {
    const input = inputRef.current;
    if (!input || document.activeElement !== input) return;
    load();
    setOpen(true);
    if (input.value) setQuery(input.value);
  }, [load]);

  const openResult = (result: SearchResult) => {
    emitSearchEvent(query, result.id);
    // The list must not stay open over the answer (on a phone it covers the page): close and empty the box,
    // and put focus on the new page's heading once it is there.
    setOpen(false);
    setActive(-1);
    setQuery('');
    focusPageHeading();
    router.push(resultHref(result));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        setActive((i) => moveActive(i, results.length, 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        setActive((i) => moveActive(i, results.length, -1));
        break;
      case 'Enter':
        if (open && active >= 0 && results[active]) {
          event.preventDefault();
          openResult(results[active]);
        } else if (!query.trim()) {
          event.preventDefault();
        } else {
          emitSearchEvent(query);
        }
        break;
      case 'Escape':
        event.preventDefault();
        setQuery('');
        setOpen(false);
        setActive(-1);
        break;
    }
  };

  const showList = open && query.trim().length > 0;
  // A first search that is still fetching what it needs shows as loading, not as "no results".
  const shownStatus = busy && results.length === 0 ? 'loading' : state.status;
  const missing = shownStatus === 'ready' ? found.missing : [];
  const status = `${missing.length > 0 ? `No answer mentions ${missing.join(' or ')}. ` : ''}${describeStatus(shownStatus, query, results.length)}`;

  return (
    <form
      action={withBasePath(searchUrl())}
      method="get"
      role="search"
      className="relative"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <label htmlFor={inputId} className="sr-only">Search the FAQ</label>
      <input
        ref={inputRef}
        id={inputId}
        name="q"
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        spellCheck={false}
        maxLength={10_000}
        placeholder={large ? 'Error code, message or question…' : 'Search the FAQ'}
        value={query}
        data-search-input={primary ? 'primary' : 'header'}
        onFocus={() => {
          load();
          setOpen(true);
        }}
        onChange={(event) => {
          if (state.status === 'idle') load();
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        className={`w-full rounded-md border border-[var(--border)] bg-[var(--bg)] px-3 text-[var(--fg)] ${large ? 'py-3 text-lg' : 'py-1.5 text-sm'}`}
      />
      {/* The keyboard shortcut, shown only where there is a keyboard to press it (globals.css). */}
      <kbd aria-hidden="true" className="search-kbd">/</kbd>
      <span id={`${id}-hint`} className="sr-only">Results appear as you type; use the arrow keys to choose one and Enter to open it.</span>
      <div role="status" aria-live="polite" className="sr-only">{showList ? status : ''}</div>
      <div
        className={`absolute left-0 right-0 z-50 mt-1 rounded-md border border-[var(--border)] bg-[var(--bg)] shadow-lg ${showList ? '' : 'hidden'} ${large ? '' : 'sm:left-auto sm:w-[28rem]'}`}
      >
        {state.status === 'error' ? (
          <p className="p-3 text-sm">
            {state.message}{' '}
            <button type="button" onClick={load} className="underline">Try again</button>
          </p>
        ) : shownStatus !== 'ready' ? (
          <p className="p-3 text-sm text-[var(--muted)]">Loading search…</p>
        ) : results.length === 0 && missing.length === 0 ? (
          <p className="p-3 text-sm">
            No answer matches “{query.trim().slice(0, 80)}”.{' '}
            <a href={withBasePath(wizardUrl())}>Try the troubleshooter</a>
          </p>
        ) : null}
        <MissingNote missing={missing} partial={results.length > 0} className="border-b border-[var(--border)] px-3 py-2 text-sm" />
        <ul id={listId} role="listbox" aria-label="Search results" aria-busy={busy} className={results.length && state.status === 'ready' ? '' : 'hidden'}>
          {results.map((result, i) => (
            <li key={result.id} role="presentation" className="border-b border-[var(--border)] last:border-0">
              <a
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                href={withBasePath(resultHref(result))}
                tabIndex={-1}
                className={`block px-3 py-2 no-underline ${i === active ? 'bg-[var(--surface)]' : ''}`}
                onMouseDown={(event) => event.preventDefault()}
                onClick={(event) => {
                  if (event.metaKey || event.ctrlKey || event.shiftKey) return;
                  event.preventDefault();
                  openResult(result);
                }}
              >
                <span className="block font-medium text-[var(--link)] underline">
                  <HighlightedText text={result.title} ranges={rangesOf(result.title, result.terms)} />
                </span>
                <ResultMeta result={result} className="mt-0.5 block text-xs text-[var(--muted)]" />
                {result.asked && <AskedAs asked={result.asked} className="mt-0.5 block text-xs text-[var(--muted)]" />}
                <span className="mt-1 block text-sm text-[var(--fg)]">
                  <HighlightedText text={result.snippet.text} ranges={result.snippet.highlights} />
                </span>
              </a>
            </li>
          ))}
        </ul>
        {results.length > 0 && (
          <a href={withBasePath(searchUrl(query))} className="block border-t border-[var(--border)] px-3 py-2 text-sm" tabIndex={-1}>
            See all results for “{query.trim().slice(0, 80)}”
          </a>
        )}
      </div>
    </form>
  );
}

/**
 * Closes the list whenever the page changes (a result opened, back, forward), and returns a function that
 * asks for focus on the next page's `h1`: after opening a result, focus belongs on what was opened, not in
 * the box that opened it.
 */
function useCloseOnNavigation(close: () => void): () => void {
  const pathname = usePathname();
  const closeRef = useRef(close);
  closeRef.current = close;
  useEffect(() => {
    closeRef.current();
    if (!headingFocusPending) return;
    headingFocusPending = false;
    // The new page's content may still be streaming in: look for its heading on the next frames.
    let frames = 0;
    let handle = requestAnimationFrame(function focusHeading() {
      const heading = document.querySelector<HTMLElement>('main h1');
      if (!heading && frames++ < 30) {
        handle = requestAnimationFrame(focusHeading);
        return;
      }
      if (!heading) return;
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: window.location.hash !== '' });
    });
    return () => cancelAnimationFrame(handle);
  }, [pathname]);
  return () => {
    headingFocusPending = true;
  };
}

/**
 * Set when a result is opened, taken by the first search box that sees the next page: the header's box, when
 * the one used was the home page's, which the navigation unmounts.
 */
let headingFocusPending = false;

/** `/` and Ctrl/Cmd+K focus the page's primary search box (the header's when there is none). */
export function useShortcutFocus(ref: React.RefObject<HTMLInputElement | null>, primary: boolean) {
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target?.tagName ?? '');
      const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
      const k = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
      if (!slash && !k) return;
      const hasPrimary = document.querySelector('[data-search-input="primary"]') !== null;
      if (primary !== hasPrimary) return;
      event.preventDefault();
      ref.current?.focus();
      ref.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ref, primary]);
}

function emitSearchEvent(query: string, resultId?: string) {
  emitFaqEvent('faq:search', { query: query.slice(0, 200), resultId });
}
