'use client';

import { useSyncExternalStore } from 'react';
import { basePath } from '@/lib/base-path';
import { useCopy } from './use-copy';

const noSubscription = () => () => {};

/** This site's root URL (origin and base path, no trailing slash): `fallback` on the server, the real one in the browser. */
function useSiteRoot(fallback: string): string {
  return useSyncExternalStore(noSubscription, () => `${window.location.origin}${basePath}`, () => fallback);
}

/** This site's origin as text, for instructions such as a CSP line. */
export function SiteOrigin({ fallback }: { fallback: string }) {
  return useSyncExternalStore(noSubscription, () => window.location.origin, () => fallback);
}

/**
 * The snippet a partner copies, naming this site. The static page carries the
 * configured address (`fallbackRoot`: `url:` in site.yaml or `SITE_URL`), or, when none is
 * configured, a placeholder and a note saying what to replace; in the browser it shows the
 * address the page was actually served from, base path included.
 */
export function EmbedSnippet({ fallbackRoot, placeholder = false }: { fallbackRoot: string; placeholder?: boolean }) {
  const root = useSiteRoot(fallbackRoot);
  const inBrowser = useSyncExternalStore(noSubscription, () => true, () => false);
  const { copied, copy: copyText } = useCopy<'snippet'>();
  const code = `<script src="${root}/embed.js" defer></script>\n<faq-search></faq-search>`;
  const copy = () => copyText(code, 'snippet');
  return (
    <div className="relative">
      <pre data-embed-snippet tabIndex={0} role="region" aria-label="Code: html, the snippet" className="overflow-x-auto rounded-md border border-line bg-surface p-4 pr-24 font-mono text-sm">
        <code>{code}</code>
      </pre>
      <button type="button" onClick={copy} className="btn absolute right-2 top-2">
        {copied ? 'Copied' : 'Copy'}
      </button>
      <span className="sr-only" aria-live="polite">{copied ? 'Snippet copied' : ''}</span>
      {placeholder && !inBrowser && (
        <p data-embed-placeholder className="mt-2 text-sm text-muted">
          Replace <code>https://YOUR-FAQ-HOST</code> with the address this FAQ is published at (set <code>url:</code> in site.yaml
          to have it filled in).
        </p>
      )}
    </div>
  );
}
