'use client';

import { useEffect } from 'react';
import { withBasePath } from '@/lib/base-path';

/**
 * Links in the original docs' form, `/#<anchor>`, carry the anchor in the
 * hash, which never reaches a server; this sends the browser on to the
 * question or category page that anchor now lives on. The map of anchors
 * (`/anchors.json`) is fetched only when there is such a hash to follow.
 */
export function LegacyAnchorRedirect() {
  useEffect(() => {
    let anchors: Promise<Record<string, string> | undefined> | undefined;
    const follow = async () => {
      const anchor = decodeHash(window.location.hash);
      if (!anchor || document.getElementById(anchor)) return;
      anchors ??= fetch(withBasePath('/anchors.json'))
        .then((response) => (response.ok ? (response.json() as Promise<Record<string, string>>) : undefined))
        .catch(() => undefined);
      const map = await anchors;
      // Anchors are kept as written (an old `<a name="Old-Install">` may have capitals); a link typed in
      // another case still finds it.
      const folded = anchor.toLowerCase();
      const target = map && (Object.hasOwn(map, anchor) ? map[anchor] : Object.entries(map).find(([key]) => key.toLowerCase() === folded)?.[1]);
      if (typeof target === 'string' && target.startsWith('/')) window.location.replace(withBasePath(target));
    };
    void follow();
    const onHashChange = () => void follow();
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return null;
}

function decodeHash(hash: string): string {
  try {
    return decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return '';
  }
}
