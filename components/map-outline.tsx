import Link from 'next/link';
import type { ReactNode } from 'react';
import type { CategoryMap } from '@/lib/map/category-map';
import type { KnowledgeMap, MapCategory } from '@/lib/map/layout';
import type { CategoryOverview, OverviewCategory } from '@/lib/map/overview';
import type { Swatch } from '@/lib/map/palette';
import type { ListPage } from '@/lib/paging';
import { mapPageUrl } from '@/lib/routes';
import { swatchClass } from './map-palette';
import { PageLinks } from './page-links';

/*
 * The map as text, in the FAQ's own order (its documents, categories and questions as the
 * files have them): for screen reader users, anyone who prefers a list, and phones, where it
 * takes the drawing's place.
 * Every list of links here grows with the content, so none of them prefetches.
 */

/** Each category with its questions and how they link; under each document's title when the map has several. */
export function MapOutline({ map }: { map: KnowledgeMap }) {
  const byId = new Map(map.nodes.map((node) => [node.id, node]));
  // Categories side by side on a wide screen; the questions of a map of one category side by side instead.
  const alone = map.categories.length === 1;
  // A map whose questions do not link to each other says so once; "links to 0, linked from 0" on every row adds nothing.
  const counts = map.edges.length > 0;
  const count = (c: MapCategory) => `(${c.questions.length} ${c.questions.length === 1 ? 'question' : 'questions'})`;
  const questions = (c: MapCategory, columns: boolean) => (
    <ul className={`mt-1 space-y-1 ${columns ? 'gap-8 lg:columns-2' : ''}`}>
      {c.questions.map((id) => {
        const node = byId.get(id)!;
        return (
          <li key={id} className="break-inside-avoid">
            <Link href={node.url} prefetch={false}>{node.title}</Link>
            {counts && <span className="text-sm text-[var(--muted)]">{` links to ${node.links}, linked from ${node.backlinks}`}</span>}
          </li>
        );
      })}
    </ul>
  );
  const category = (c: MapCategory, level: 3 | 4) => (
    <section key={c.id} aria-labelledby={`outline-${c.id}`} className="mt-4 break-inside-avoid">
      <Heading level={level} id={`outline-${c.id}`} swatch={c.swatch}>
        {c.title} <span className="font-normal text-[var(--muted)]">{count(c)}</span>
      </Heading>
      {questions(c, alone)}
    </section>
  );
  const categories = new Map(map.categories.map((c) => [c.id, c]));
  const document = ({ id, title, categories: ids }: KnowledgeMap['documents'][number]) => {
    const own = ids.map((c) => categories.get(c)!);
    // A document whose one category has its name (the map writes no label for it): its questions go straight under its title.
    const only = own.length === 1 && !own[0]!.label ? own[0]! : undefined;
    return (
      <section key={id} aria-labelledby={`outline-doc-${id}`} className="mt-6">
        <h3 id={`outline-doc-${id}`} className="text-xl font-semibold">{title}</h3>
        {only ? (
          <>
            <p className="mt-1 text-[var(--muted)]">{count(only)}</p>
            {questions(only, true)}
          </>
        ) : (
          <div className="gap-8 lg:columns-2">{own.map((c) => category(c, 4))}</div>
        )}
      </section>
    );
  };
  return (
    <OutlineSection>
      {map.documents.length > 0 ? (
        map.documents.map(document)
      ) : (
        <div className={alone ? '' : 'gap-8 lg:columns-2'}>{map.categories.map((c) => category(c, 3))}</div>
      )}
    </OutlineSection>
  );
}

/**
 * The overview of a large site as text, one page of it (`list`: category ids in the FAQs' order): each
 * category (under its document) with its size, a link to its map and to its page; then links to the
 * other pages.
 */
export function OverviewOutline({ overview, list }: { overview: CategoryOverview; list: ListPage<string> }) {
  const categories = new Map(overview.categories.map((c) => [c.id, c]));
  const shown = new Set(list.items);
  const entries = (items: OverviewCategory[]) => (
    <ul className="mt-2 space-y-1 lg:columns-2 gap-8">
      {items.map((c) => (
        <li key={c.id} className="break-inside-avoid">
          <SwatchDot swatch={c.swatch} /> <Link href={c.mapUrl} prefetch={false}>{c.title}</Link>{' '}
          <span className="text-sm text-[var(--muted)]">
            {`${c.questions} ${c.questions === 1 ? 'question' : 'questions'}, ${c.links} ${c.links === 1 ? 'link' : 'links'} with other categories · `}
            <Link href={c.url} prefetch={false}>list</Link>
          </span>
        </li>
      ))}
    </ul>
  );
  return (
    <OutlineSection>
      <p className="mt-1 text-sm text-[var(--muted)]">Each category links to its own map; “list” opens its questions as a page.</p>
      {overview.documents.length > 0
        ? overview.documents
            .filter((document) => document.categories.some((id) => shown.has(id)))
            .map((document) => (
              <section key={document.id} aria-labelledby={`outline-doc-${document.id}`} className="mt-6">
                <h3 id={`outline-doc-${document.id}`} className="text-xl font-semibold">{document.title}</h3>
                {entries(document.categories.filter((id) => shown.has(id)).map((id) => categories.get(id)!))}
              </section>
            ))
        : entries(list.items.map((id) => categories.get(id)!))}
      <PageLinks label="Pages of the map’s list" page={list.page} pages={list.pages} href={mapPageUrl} />
    </OutlineSection>
  );
}

/** One category's map as text: its questions, then the categories its answers link with, each a link to its map. */
export function CategoryMapOutline({ map }: { map: CategoryMap }) {
  const neighbours = [...map.neighbours].sort((a, b) => b.links - a.links);
  const all = [...neighbours, ...map.moreNeighbours];
  return (
    <>
      <MapOutline map={map} />
      {all.length > 0 && (
        <section aria-labelledby="outline-neighbours" className="mt-8">
          <h2 id="outline-neighbours" className="text-xl font-semibold">Categories its answers link with</h2>
          <ul className="mt-2 space-y-1 lg:columns-2 gap-8">
            {all.map((neighbour) => (
              <li key={neighbour.id} className="break-inside-avoid">
                <SwatchDot swatch={neighbour.swatch} /> <Link href={neighbour.mapUrl} prefetch={false}>{neighbour.title}</Link>{' '}
                <span className="text-sm text-[var(--muted)]">{`${neighbour.links} ${neighbour.links === 1 ? 'link' : 'links'}`}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
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
