import Link from 'next/link';
import type { ReactNode } from 'react';
import type { KnowledgeMap, MapCategory } from '@/lib/map/layout';
import type { Swatch } from '@/lib/map/palette';
import { swatchClass } from './map-palette';

/*
 * The map as text, in the same order as the drawing: for screen reader users
 * and anyone who prefers a list. Every list of links here grows with the
 * content, so none of them prefetches.
 */

/** Each category with its questions and how they link; under each document's title when the map has several. */
export function MapOutline({ map }: { map: KnowledgeMap }) {
  const byId = new Map(map.nodes.map((node) => [node.id, node]));
  // Categories side by side on a wide screen; the questions of a map of one category side by side instead.
  const alone = map.categories.length === 1;
  const category = (c: MapCategory, level: 3 | 4) => (
    <section key={c.id} aria-labelledby={`outline-${c.id}`} className="mt-4 break-inside-avoid">
      <Heading level={level} id={`outline-${c.id}`} swatch={c.swatch}>
        {c.title} <span className="font-normal text-[var(--muted)]">{`(${c.questions.length} ${c.questions.length === 1 ? 'question' : 'questions'})`}</span>
      </Heading>
      <ul className={`mt-1 space-y-1 ${alone ? 'gap-8 lg:columns-2' : ''}`}>
        {c.questions.map((id) => {
          const node = byId.get(id)!;
          return (
            <li key={id} className="break-inside-avoid">
              <Link href={node.url} prefetch={false}>{node.title}</Link>{' '}
              <span className="text-sm text-[var(--muted)]">{`links to ${node.links}, linked from ${node.backlinks}`}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
  const categories = new Map(map.categories.map((c) => [c.id, c]));
  return (
    <OutlineSection>
      {map.documents.length > 0
        ? map.documents.map((document) => (
            <section key={document.id} aria-labelledby={`outline-doc-${document.id}`} className="mt-6">
              <h3 id={`outline-doc-${document.id}`} className="text-xl font-semibold">{document.title}</h3>
              <div className="gap-8 lg:columns-2">{document.categories.map((id) => category(categories.get(id)!, 4))}</div>
            </section>
          ))
        : <div className={alone ? '' : 'gap-8 lg:columns-2'}>{map.categories.map((c) => category(c, 3))}</div>}
    </OutlineSection>
  );
}

function OutlineSection({ children }: { children: ReactNode }) {
  return (
    <section aria-labelledby="map-outline-heading" className="mt-8">
      <h2 id="map-outline-heading" className="text-2xl font-semibold">The map as a list</h2>
      {children}
    </section>
  );
}

function Heading({ level, id, swatch, children }: { level: 3 | 4; id: string; swatch: Swatch; children: ReactNode }) {
  const Tag = level === 3 ? 'h3' : 'h4';
  return (
    <Tag id={id} className="text-lg font-semibold">
      <SwatchDot swatch={swatch} /> {children}
    </Tag>
  );
}

/** The category's colour as on the drawing, so the list and the map read together. */
function SwatchDot({ swatch }: { swatch: Swatch }) {
  return (
    <svg aria-hidden="true" width="10" height="10" viewBox="0 0 10 10" className={`inline-block align-baseline ${swatchClass(swatch)}`}>
      <circle cx="5" cy="5" r="5" />
    </svg>
  );
}
