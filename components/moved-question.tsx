'use client';

import { useEffect } from 'react';
import { withBasePath } from '@/lib/base-path';

/**
 * The page at a retired question id (`content/redirects.yaml`): sends the browser
 * on to the question it became, keeping `?done=` and `#step-N`, which the
 * `<meta http-equiv="refresh">` beside it (for browsers without JavaScript) drops.
 */
export function MovedQuestion({ to, title }: { to: string; title: string }) {
  useEffect(() => {
    window.location.replace(withBasePath(to) + window.location.search + window.location.hash);
  }, [to]);
  return (
    <>
      {/* Only without JavaScript: with it, the effect above goes first and keeps the query and hash. */}
      <noscript>
        <meta httpEquiv="refresh" content={`0; url=${withBasePath(to)}`} />
      </noscript>
      <h1 className="text-title font-bold">This question has moved</h1>
      <p className="mt-3">
        It is now <a href={withBasePath(to)}>{title}</a>.
      </p>
    </>
  );
}
