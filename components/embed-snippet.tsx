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
 * configured address (`fallbackRoot`); in the browser it shows the address the
 * page was actually served from, base path included.
 */
export function EmbedSnippet({ fallbackRoot }: { fallbackRoot: string }) {
  const root = useSiteRoot(fallbackRoot);
  const { copied, copy: copyText } = useCopy<'snippet'>();
  const code = `<script src="${root}/embed.js" defer></script>\n<faq-search></faq-search>`;
  const copy = () => copyText(code, 'snippet');
  return (
    <div className="relative">
      <pre data-embed-snippet className="overflow-x-auto rounded-md border border-line bg-surface p-4 pr-24 font-mono text-sm">
        <code>{code}</code>
      </pre>
      <button type="button" onClick={copy} className="btn absolute right-2 top-2">
        {copied ? 'Copied' : 'Copy'}
      </button>
      <span className="sr-only" aria-live="polite">{copied ? 'Snippet copied' : ''}</span>
    </div>
  );
}
