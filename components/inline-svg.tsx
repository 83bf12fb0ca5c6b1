'use client';

import { useEffect, useRef, useState, type CSSProperties } from 'react';

/**
 * A box that fills with an SVG drawing from `src` once it comes near the
 * viewport: a drawing most readers never scroll to, and that a box hidden on
 * small screens (`display: none`) never shows, is not fetched for them. The
 * drawing is inserted into the page rather than shown as an image, so its
 * links work and it takes the page's colours. `src` is one of this site's own
 * drawings (app/q/[id]/neighbourhood.svg), whose texts are escaped when it is
 * built; anything that does not answer as SVG is left out.
 *
 * Give the box the drawing's aspect ratio in `style`, so nothing moves when it arrives.
 */
export function InlineSvg({ src, className, style }: { src: string; className?: string; style?: CSSProperties }) {
  const box = useRef<HTMLDivElement>(null);
  const [markup, setMarkup] = useState<string>();
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    // Another drawing asked for: the last one is not it.
    setMarkup(undefined);
    let cancelled = false;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        fetch(src)
          .then((response) => (response.ok && /^image\/svg\+xml\b/.test(response.headers.get('content-type') ?? '') ? response.text() : undefined))
          .then((text) => {
            if (!cancelled && text?.trimStart().startsWith('<svg')) setMarkup(text);
          })
          // Without the drawing the page still has the lists it draws.
          .catch(() => undefined);
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(element);
    return () => {
      cancelled = true;
      observer.disconnect();
    };
  }, [src]);
  return <div ref={box} className={className} style={style} dangerouslySetInnerHTML={markup ? { __html: markup } : undefined} />;
}
