'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { basePath } from '@/lib/base-path';

/**
 * Moves within the app for plain links marked `data-in-app=""` (the header, breadcrumbs, the sidebar): one
 * listener for the page instead of a client component per link, so those parts stay server HTML. A plain
 * click goes through the router as `next/link` would (no full page load, nothing prefetched beforehand);
 * a click with a modifier key or another button, or on a link with a target, stays the browser's own.
 * Renders nothing.
 */
export function InAppLinks() {
  const router = useRouter();
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest('a[data-in-app]') : null;
      if (!(link instanceof HTMLAnchorElement) || link.target || link.hasAttribute('download') || link.origin !== window.location.origin) return;
      if (basePath && !link.pathname.startsWith(`${basePath}/`)) return;
      event.preventDefault();
      router.push(`${link.pathname.slice(basePath.length)}${link.search}${link.hash}`);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [router]);
  return null;
}
