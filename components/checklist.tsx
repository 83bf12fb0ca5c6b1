'use client';

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useCopy } from './use-copy';
import {
  checklistAsText,
  checklistSignature,
  formatDoneParam,
  parseDoneParam,
  partProgress,
  restoreProgress,
  type ChecklistItem,
  type ChecklistPart,
} from '@/lib/checklist';

interface ChecklistState {
  title: string;
  items: ChecklistItem[];
  parts: readonly ChecklistPart[];
  done: ReadonlySet<number>;
  toggle: (n: number, checked: boolean) => void;
  reset: () => void;
  note: string | null;
}

const ChecklistContext = createContext<ChecklistState | null>(null);
const STORAGE_PREFIX = 'faq-navigator:checklist:';
const NO_PARTS: readonly ChecklistPart[] = [];

/**
 * Holds which steps are done for one checklist. Progress is kept in
 * localStorage per `storageKey` (dropped when the steps' wording changes),
 * and a link's `?done=1,3` wins over it, so support staff can send progress.
 */
export function ChecklistProvider({
  storageKey,
  title,
  items,
  parts = NO_PARTS,
  children,
}: {
  storageKey: string;
  title: string;
  items: ChecklistItem[];
  /** The answer's lists when it has several (alternative procedures); progress is shown per part. */
  parts?: readonly ChecklistPart[];
  children: ReactNode;
}) {
  const signature = useMemo(() => checklistSignature(items), [items]);
  const [done, setDone] = useState<ReadonlySet<number>>(new Set());
  const [note, setNote] = useState<string | null>(null);
  const key = STORAGE_PREFIX + storageKey;

  const save = useCallback(
    (next: ReadonlySet<number>) => {
      try {
        localStorage.setItem(key, JSON.stringify({ signature, done: [...next] }));
      } catch {
        // Private browsing or a full store: progress lasts for this page only.
      }
    },
    [key, signature],
  );

  useEffect(() => {
    const param = new URLSearchParams(window.location.search).get('done');
    if (param !== null) {
      const parsed = parseDoneParam(param, items.length);
      const next = new Set(parsed.done);
      setDone(next);
      save(next);
      const from = parsed.done.length ? `Steps ${formatDoneParam(parsed.done)} are marked done from the link you opened.` : '';
      const ignored = parsed.rejected.length
        ? ` The link also named ${parsed.rejected.map((r) => `“${r}”`).join(', ')}, which ${parsed.rejected.length === 1 ? 'is' : 'are'} not a step of this checklist (it has ${items.length}), so ${parsed.rejected.length === 1 ? 'it was' : 'they were'} ignored.`
        : '';
      setNote((from + ignored).trim() || null);
      return;
    }
    let saved: unknown = null;
    try {
      saved = JSON.parse(localStorage.getItem(key) ?? 'null');
    } catch {
      saved = null;
    }
    const restored = restoreProgress(saved, signature, items.length);
    if (restored && 'done' in restored) setDone(new Set(restored.done));
    else if (restored?.reset) {
      setNote('The steps have changed since your last visit, so your saved progress was cleared.');
      localStorage.removeItem(key);
    }
  }, [items.length, key, save, signature]);

  const toggle = useCallback(
    (n: number, checked: boolean) => {
      setDone((current) => {
        const next = new Set(current);
        if (checked) next.add(n);
        else next.delete(n);
        save(next);
        return next;
      });
    },
    [save],
  );

  const reset = useCallback(() => {
    const next = new Set<number>();
    setDone(next);
    save(next);
    setNote(null);
  }, [save]);

  const value = useMemo(() => ({ title, items, parts, done, toggle, reset, note }), [title, items, parts, done, toggle, reset, note]);
  return <ChecklistContext.Provider value={value}>{children}</ChecklistContext.Provider>;
}

function useChecklist(): ChecklistState {
  const state = useContext(ChecklistContext);
  if (!state) throw new Error('Checklist parts must be inside <ChecklistProvider>.');
  return state;
}

/** The checkbox of a step that is written inline in an answer (`li#step-N`). */
export function StepCheckbox({ n }: { n: number }) {
  const { done, toggle } = useChecklist();
  return (
    <input
      type="checkbox"
      className="step-checkbox"
      checked={done.has(n)}
      onChange={(event) => toggle(n, event.target.checked)}
      aria-label={`Step ${n} done`}
    />
  );
}

/**
 * Progress, and the actions for sharing it: a link with `?done=` and the list as text.
 * A checklist of several parts shows each part's label and progress; the numbers stay the answer's.
 */
export function ChecklistToolbar() {
  const { title, items, parts, done, reset, note } = useChecklist();
  const { copied, copy } = useCopy<'link' | 'text'>();
  const linkWithProgress = () => {
    const url = new URL(window.location.href);
    url.hash = '';
    if (done.size) url.searchParams.set('done', formatDoneParam(done));
    else url.searchParams.delete('done');
    url.searchParams.delete('hl');
    return url.toString().replace(/%2C/g, ',');
  };
  return (
    <div className="no-print my-5 rounded-lg border border-line bg-surface px-4 py-3" data-checklist-toolbar>
      {note && <p className="mb-2 text-sm" role="note">{note}</p>}
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-3">
        {parts.length > 0 ? (
          <div className="grid gap-1.5 text-sm">
            <p className="font-semibold">Checklist: {done.size} of {items.length} done</p>
            <ul aria-label="Progress per part" className="grid gap-1.5">
              {partProgress(parts, done).map((part) => (
                <li key={part.from} className="flex flex-wrap items-center gap-x-3 gap-y-1" data-checklist-part={`${part.from}-${part.to}`}>
                  <a href={`#step-${part.from}`} className="min-w-0 max-w-[22rem] truncate">{part.label}</a>
                  <progress max={part.total} value={part.done} className="progress w-24" aria-label={`${part.label}: ${part.done} of ${part.total} done`} />
                  <span className="tabular-nums text-muted">{part.done} of {part.total}</span>
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <label className="flex items-center gap-3 text-sm font-semibold">
            <span>Checklist: {done.size} of {items.length} done</span>
            <progress max={items.length} value={done.size} className="progress w-20" />
          </label>
        )}
        <div className="flex flex-wrap gap-2">
          <button type="button" className="btn" onClick={() => copy(linkWithProgress(), 'link')}>
            Copy link with progress
          </button>
          <button type="button" className="btn" onClick={() => copy(checklistAsText(title, items, done, linkWithProgress(), parts), 'text')}>
            Copy as text
          </button>
          {done.size > 0 && (
            <button type="button" className="btn" onClick={reset}>
              Clear
            </button>
          )}
        </div>
      </div>
      <p className="sr-only" aria-live="polite">{copied === 'link' ? 'Link with progress copied' : copied === 'text' ? 'Checklist copied as text' : ''}</p>
    </div>
  );
}
