'use client';

import { useEffect, useRef } from 'react';

/**
 * Scrolls the sidebar it is placed in (not the page) so its current item is in
 * view: in a category longer than the screen the current question may be at
 * the bottom of a list that scrolls on its own. The item shows a third of the
 * way down, but never so far up that the question above it slips under the
 * category's name, which stays at the sidebar's top; and what the keyboard
 * scrolls to later lands below that name too (the sidebar's scroll padding is
 * the name's height). Renders nothing.
 */
export function SidebarCurrent() {
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const sidebar = marker.current?.parentElement;
    const current = sidebar?.querySelector<HTMLElement>('[aria-current="page"]');
    // Below the wide layout the list is part of the page, not a box that scrolls: nothing to do, and
    // nothing to measure (a measurement would lay the page out while it is still starting up).
    if (!sidebar || !current || getComputedStyle(sidebar).overflowY === 'visible') return;
    const label = sidebar.querySelector<HTMLElement>('#sidebar-heading')?.offsetHeight ?? 0;
    sidebar.style.scrollPaddingTop = `${label}px`;
    if (sidebar.scrollHeight <= sidebar.clientHeight) return;
    const offset = (element: Element) => element.getBoundingClientRect().top - sidebar.getBoundingClientRect().top + sidebar.scrollTop;
    const above = current.closest('li')?.previousElementSibling ?? current;
    sidebar.scrollTop = Math.max(0, Math.min(offset(current) - sidebar.clientHeight / 3, offset(above) - label));
  }, []);
  return <span ref={marker} hidden />;
}
