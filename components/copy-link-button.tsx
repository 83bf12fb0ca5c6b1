'use client';

import { useCopy } from './use-copy';

/**
 * Copies the absolute URL of this page (plus `hash`) to the clipboard and
 * says so to screen readers. Falls back to a prompt where the clipboard API
 * is unavailable (plain http, old browsers).
 */
export function CopyLinkButton({ hash, label }: { hash?: string; label: string }) {
  const { copied, copy: copyText } = useCopy<'link'>();
  const copy = () => {
    const url = new URL(window.location.href);
    url.hash = hash ?? '';
    url.search = '';
    return copyText(url.toString(), 'link');
  };
  return (
    <button
      type="button"
      onClick={copy}
      className="no-print ml-2 inline-flex items-center rounded border border-[var(--border)] px-1.5 py-0.5 align-middle text-xs text-[var(--muted)] hover:text-[var(--fg)]"
      aria-label={label}
      data-copy-link={hash ?? ''}
    >
      <svg aria-hidden="true" viewBox="0 0 16 16" width="12" height="12" className="mr-1 fill-current">
        <path d="M7.8 4.6 9.5 2.9a3 3 0 0 1 4.2 4.2l-2.3 2.3a3 3 0 0 1-4.2 0l-.4-.4 1.1-1.1.4.4a1.5 1.5 0 0 0 2.1 0l2.3-2.3a1.5 1.5 0 0 0-2.1-2.1L8.9 5.7zM8.2 11.4l-1.7 1.7a3 3 0 0 1-4.2-4.2l2.3-2.3a3 3 0 0 1 4.2 0l.4.4-1.1 1.1-.4-.4a1.5 1.5 0 0 0-2.1 0L3.3 10a1.5 1.5 0 0 0 2.1 2.1l1.7-1.7z" />
      </svg>
      <span aria-hidden="true">{copied ? 'Copied' : 'Copy link'}</span>
      <span className="sr-only" aria-live="polite">{copied ? 'Link copied' : ''}</span>
    </button>
  );
}
