'use client';

import { useEffect, useRef } from 'react';

/**
 * Scrolls the sidebar it is placed in (not the page) so its current item is in
 * view: in a category longer than the screen the current question may be at
 * the bottom of a list that scrolls on its own. Renders nothing.
 */
export function SidebarCurrent() {
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const sidebar = marker.current?.parentElement;
    const current = sidebar?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!sidebar || !current || sidebar.scrollHeight <= sidebar.clientHeight) return;
    const top = current.getBoundingClientRect().top - sidebar.getBoundingClientRect().top + sidebar.scrollTop;
    sidebar.scrollTop = Math.max(0, top - sidebar.clientHeight / 3);
  }, []);
  return <span ref={marker} hidden />;
}
