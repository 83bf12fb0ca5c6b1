'use client';

import { useEffect } from 'react';

/**
 * Links in the original docs' form, `/#<anchor>`, carry the anchor in the
 * hash, which never reaches a server; this sends the browser on to the
 * question or category page that anchor now lives on.
 */
export function LegacyAnchorRedirect({ anchors, basePath }: { anchors: Record<string, string>; basePath: string }) {
  useEffect(() => {
    const follow = () => {
      const anchor = decodeHash(window.location.hash);
      if (!anchor || document.getElementById(anchor)) return;
      const target = Object.hasOwn(anchors, anchor) ? anchors[anchor] : undefined;
      if (target) window.location.replace(basePath + target);
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [anchors, basePath]);
  return null;
}

function decodeHash(hash: string): string {
  try {
    return decodeURIComponent(hash.replace(/^#/, '')).toLowerCase();
  } catch {
    return '';
  }
}
