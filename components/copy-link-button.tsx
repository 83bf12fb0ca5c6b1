'use client';

import { useCopy } from './use-copy';

/**
 * A quiet link icon beside a heading or a step that copies the absolute URL of
 * this page (plus `hash`) and says so to screen readers. The stylesheet shows it
 * on hover and keyboard focus (always on touch screens); it is a button in the
 * Tab order with its own name, outside the heading. Falls back to a prompt
 * where the clipboard API is unavailable (plain http, old browsers).
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
    <button type="button" onClick={copy} className="icon-btn no-print" aria-label={label} title={copied ? 'Link copied' : label} data-copy-link={hash ?? ''} data-copied={copied ? 'true' : undefined}>
      <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" className="fill-current">
        {copied ? (
          <path d="M13.8 3.7a1 1 0 0 1 0 1.4l-6.5 6.5a1 1 0 0 1-1.4 0L2.2 7.9a1 1 0 1 1 1.4-1.4l3 3 5.8-5.8a1 1 0 0 1 1.4 0z" />
        ) : (
          <path d="M7.8 4.6 9.5 2.9a3 3 0 0 1 4.2 4.2l-2.3 2.3a3 3 0 0 1-4.2 0l-.4-.4 1.1-1.1.4.4a1.5 1.5 0 0 0 2.1 0l2.3-2.3a1.5 1.5 0 0 0-2.1-2.1L8.9 5.7zM8.2 11.4l-1.7 1.7a3 3 0 0 1-4.2-4.2l2.3-2.3a3 3 0 0 1 4.2 0l.4.4-1.1 1.1-.4-.4a1.5 1.5 0 0 0-2.1 0L3.3 10a1.5 1.5 0 0 0 2.1 2.1l1.7-1.7z" />
        )}
      </svg>
      <span className="sr-only" aria-live="polite">{copied ? 'Link copied' : ''}</span>
    </button>
  );
}
