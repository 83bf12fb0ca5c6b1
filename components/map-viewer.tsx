'use client';

import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { nearestInDirection, type Direction } from '@/lib/map/navigate';

type View = { x: number; y: number; w: number; h: number };

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
/** Pointer travel (px) after which a press is a drag, not a click on a question. */
const DRAG_THRESHOLD = 4;
const MAX_ZOOM = 12;

/**
 * Pan, zoom, search highlighting and arrow-key moves for the server-rendered
 * map SVG in `children`. It works on the SVG's DOM (viewBox, data
 * attributes) rather than re-rendering it, so 10,000 nodes cost nothing per
 * keystroke in React. Without JavaScript the SVG shows whole and its links
 * work; the toolbar only appears once this has loaded.
 */
export interface MapViewerProps {
  children: ReactNode;
  width: number;
  height: number;
  /** What the drawing's circles are, for the search box and its status. @defaultValue questions */
  items?: { one: string; many: string; example: string };
}

export function MapViewer({ children, width, height, items = { one: 'question', many: 'questions', example: 'refund' } }: MapViewerProps) {
  const frame = useRef<HTMLDivElement>(null);
  const view = useRef<View>({ x: 0, y: 0, w: width, h: height });
  const [enhanced, setEnhanced] = useState(false);
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState(0);
  const [tip, setTip] = useState<{ text: string; left: number; top: number } | null>(null);

  const svg = useCallback(() => frame.current?.querySelector('svg') ?? null, []);
  const nodes = useCallback(() => [...(frame.current?.querySelectorAll<SVGAElement>('a.map-node') ?? [])], []);

  const apply = useCallback(
    (next: View) => {
      const w = Math.min(width, Math.max(width / MAX_ZOOM, next.w));
      const h = (w / width) * height;
      const x = Math.min(width - w / 2, Math.max(-w / 2, next.x));
      const y = Math.min(height - h / 2, Math.max(-h / 2, next.y));
      view.current = { x, y, w, h };
      svg()?.setAttribute('viewBox', `${x} ${y} ${w} ${h}`);
      setTip(null);
    },
    [height, svg, width],
  );

  /** Zooms by `factor` keeping the map point (cx, cy) where it is on screen; the view's centre by default. */
  const zoom = useCallback(
    (factor: number, cx?: number, cy?: number) => {
      const v = view.current;
      const px = cx ?? v.x + v.w / 2;
      const py = cy ?? v.y + v.h / 2;
      const w = Math.min(width, Math.max(width / MAX_ZOOM, v.w / factor));
      const scale = w / v.w;
      apply({ x: px - (px - v.x) * scale, y: py - (py - v.y) * scale, w, h: v.h * scale });
    },
    [apply, width],
  );

  const toMap = useCallback(
    (clientX: number, clientY: number) => {
      const matrix = svg()?.getScreenCTM();
      if (!matrix) return { x: 0, y: 0 };
      const point = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
      return { x: point.x, y: point.y };
    },
    [svg],
  );

  const showTip = useCallback((node: SVGAElement) => {
    const box = frame.current?.getBoundingClientRect();
    const circle = node.querySelector('circle')?.getBoundingClientRect();
    const text = node.querySelector('title')?.textContent ?? '';
    if (box && circle) setTip({ text, left: circle.left + circle.width / 2 - box.left, top: circle.top - box.top });
  }, []);

  useEffect(() => {
    setEnhanced(true);
    const element = frame.current;
    const map = svg();
    if (!element || !map) return;

    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const at = toMap(event.clientX, event.clientY);
      zoom(Math.exp(-event.deltaY * 0.002), at.x, at.y);
    };

    let press: { x: number; y: number; view: View; scale: number; id: number } | null = null;
    let dragged = false;
    const onPointerDown = (event: PointerEvent) => {
      if (event.button !== 0) return;
      press = { x: event.clientX, y: event.clientY, view: view.current, scale: map.getScreenCTM()?.a ?? 1, id: event.pointerId };
      dragged = false;
    };
    const onPointerMove = (event: PointerEvent) => {
      if (!press || event.pointerId !== press.id) return;
      const dx = event.clientX - press.x;
      const dy = event.clientY - press.y;
      if (!dragged && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      if (!dragged) map.setPointerCapture(event.pointerId);
      dragged = true;
      apply({ ...press.view, x: press.view.x - dx / press.scale, y: press.view.y - dy / press.scale });
    };
    const onPointerUp = () => {
      press = null;
    };
    // A drag that ends over a question must not open it.
    const onClick = (event: MouseEvent) => {
      if (!dragged) return;
      event.preventDefault();
      event.stopPropagation();
      dragged = false;
    };
    const onFocusIn = (event: FocusEvent) => {
      const node = (event.target as Element).closest?.('a.map-node') as SVGAElement | null;
      if (!node) return;
      const circle = node.querySelector('circle');
      const x = Number(circle?.getAttribute('cx'));
      const y = Number(circle?.getAttribute('cy'));
      const v = view.current;
      if (x < v.x || x > v.x + v.w || y < v.y || y > v.y + v.h) apply({ ...v, x: x - v.w / 2, y: y - v.h / 2 });
      showTip(node);
    };
    const onOver = (event: MouseEvent) => {
      const node = (event.target as Element).closest?.('a.map-node') as SVGAElement | null;
      if (node) showTip(node);
    };
    const onLeave = () => setTip(null);

    // One signal removes every listener when the component unmounts.
    const listeners = new AbortController();
    const { signal } = listeners;
    map.addEventListener('wheel', onWheel, { passive: false, signal });
    map.addEventListener('pointerdown', onPointerDown, { signal });
    map.addEventListener('pointermove', onPointerMove, { signal });
    map.addEventListener('pointerup', onPointerUp, { signal });
    map.addEventListener('pointercancel', onPointerUp, { signal });
    map.addEventListener('click', onClick, { capture: true, signal });
    map.addEventListener('focusin', onFocusIn, { signal });
    map.addEventListener('mouseover', onOver, { signal });
    map.addEventListener('mouseleave', onLeave, { signal });
    map.addEventListener('focusout', onLeave, { signal });
    return () => listeners.abort();
  }, [apply, showTip, svg, toMap, zoom]);

  useEffect(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const map = svg();
    if (!map) return;
    let count = 0;
    for (const node of nodes()) {
      const title = node.querySelector('title')?.textContent?.toLowerCase() ?? '';
      const match = words.length > 0 && words.every((word) => title.includes(word));
      node.toggleAttribute('data-match', match);
      if (match) count++;
    }
    map.toggleAttribute('data-searching', words.length > 0);
    setMatches(count);
  }, [nodes, query, svg]);

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as Element;
    if (target.tagName === 'INPUT') return;
    const direction = ARROWS[event.key];
    const node = target.closest('a.map-node');
    if (direction && node && !event.shiftKey) {
      const positions = nodes().map((element) => {
        const circle = element.querySelector('circle');
        return { element, x: Number(circle?.getAttribute('cx')), y: Number(circle?.getAttribute('cy')) };
      });
      const from = positions.find((position) => position.element === node);
      const next = from && nearestInDirection(positions.filter((position) => position !== from), from, direction);
      if (next) next.element.focus();
      event.preventDefault();
    } else if (direction && target.closest('svg')) {
      const v = view.current;
      const step = v.w / 8;
      apply({ ...v, x: v.x + (direction === 'left' ? -step : direction === 'right' ? step : 0), y: v.y + (direction === 'up' ? -step : direction === 'down' ? step : 0) });
      event.preventDefault();
    } else if (event.key === '+' || event.key === '=') {
      zoom(1.5);
      event.preventDefault();
    } else if (event.key === '-') {
      zoom(1 / 1.5);
      event.preventDefault();
    } else if (event.key === '0') {
      apply({ x: 0, y: 0, w: width, h: height });
      event.preventDefault();
    }
  };

  const firstMatch = () => nodes().find((node) => node.hasAttribute('data-match'));

  return (
    <div onKeyDown={onKeyDown}>
      {enhanced && (
        <div className="mb-3 flex flex-wrap items-end gap-3">
          <div className="flex flex-col">
            <label htmlFor="map-search" className="text-sm font-medium">Highlight {items.many}</label>
            <input
              id="map-search"
              type="search"
              value={query}
              placeholder={`e.g. ${items.example}`}
              autoComplete="off"
              onChange={(event) => setQuery(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') setQuery('');
                if (event.key === 'Enter') firstMatch()?.focus();
              }}
              className="w-64 rounded-md border border-[var(--border)] bg-[var(--bg)] px-3 py-1.5"
            />
          </div>
          <div role="group" aria-label="Zoom" className="flex gap-1">
            <button type="button" onClick={() => zoom(1.5)} className="rounded-md border border-[var(--border)] px-3 py-1.5" aria-label="Zoom in">+</button>
            <button type="button" onClick={() => zoom(1 / 1.5)} className="rounded-md border border-[var(--border)] px-3 py-1.5" aria-label="Zoom out">−</button>
            <button type="button" onClick={() => apply({ x: 0, y: 0, w: width, h: height })} className="rounded-md border border-[var(--border)] px-3 py-1.5">Reset view</button>
          </div>
          <p role="status" className="text-sm text-[var(--muted)]">
            {query.trim() ? `${matches} ${matches === 1 ? `${items.one} matches` : `${items.many} match`}; Enter moves to the first.` : ''}
          </p>
        </div>
      )}
      <div
        ref={frame}
        className="relative w-full overflow-hidden rounded-lg border border-[var(--border)] bg-[var(--bg)]"
        style={{ aspectRatio: `${width} / ${height}`, maxHeight: '75vh' }}
      >
        {children}
        {tip && (
          <div
            aria-hidden="true"
            className="pointer-events-none absolute z-10 max-w-xs -translate-x-1/2 -translate-y-full rounded-md border border-[var(--border)] bg-[var(--surface)] px-2 py-1 text-sm shadow"
            style={{ left: tip.left, top: tip.top - 6 }}
          >
            {tip.text}
          </div>
        )}
      </div>
      {enhanced && (
        <p className="mt-2 text-sm text-[var(--muted)]">
          Drag to move, scroll or press + and − to zoom, 0 to reset. On a {items.one}, arrow keys move to the nearest {items.one} that way.
        </p>
      )}
    </div>
  );
}
