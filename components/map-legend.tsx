import Link from 'next/link';
import type { Swatch } from '@/lib/map/palette';
import { outlineClass, swatchClass } from './map-palette';

/** A category in the legend: its colour, its name (a link to its page) and how many questions it has. */
interface LegendCategory {
  id: string;
  title: string;
  url: string;
  swatch: Swatch;
  questions: number;
}

/** A document in the legend, with its hue when the map outlines documents, and its categories. */
export interface LegendDocument {
  id: string;
  title: string;
  url: string;
  hue?: number;
  categories: LegendCategory[];
  /** Its questions, when its one category has its name and is not listed under it. */
  questions?: number;
}

/**
 * The map's key. With one document, its categories' colours in a row; with
 * several, each document's outline colour and title, and its categories under
 * it, so a reader sees which FAQ a hue stands for. `note` says what sizes and
 * lines mean on this map.
 */
export function MapLegend({ documents, note }: { documents: LegendDocument[]; note: string }) {
  const several = documents.length > 1;
  return (
    <section aria-labelledby="map-legend-heading" className="mt-4">
      <h2 id="map-legend-heading" className="sr-only">Legend</h2>
      {several ? (
        <ul className="space-y-2 text-sm">
          {documents.map((document) => (
            <li key={document.id}>
              <span className="flex items-center gap-1.5 font-semibold">
                {document.hue !== undefined && (
                  <svg aria-hidden="true" width="14" height="14" viewBox="0 0 14 14">
                    <circle className={`map-outline ${outlineClass(document.hue)}`} cx="7" cy="7" r="6" style={{ strokeDasharray: '3 2' }} />
                  </svg>
                )}
                {document.url ? <Link href={document.url} prefetch={false}>{document.title}</Link> : document.title}
                {document.questions !== undefined && <span className="font-normal text-[var(--muted)]">{`(${document.questions})`}</span>}
              </span>
              {document.categories.length > 0 && <Categories categories={document.categories} className="mt-1 pl-5" />}
            </li>
          ))}
        </ul>
      ) : (
        documents[0] && documents[0].categories.length > 0 && <Categories categories={documents[0].categories} />
      )}
      <p className="mt-2 text-sm text-[var(--muted)]">{note}</p>
    </section>
  );
}

function Categories({ categories, className = '' }: { categories: LegendCategory[]; className?: string }) {
  return (
    <ul className={`flex flex-wrap gap-x-5 gap-y-1.5 text-sm ${className}`}>
      {categories.map((category) => (
        <li key={category.id} className="flex items-center gap-1.5">
          <svg aria-hidden="true" width="12" height="12" viewBox="0 0 12 12" className={swatchClass(category.swatch)}>
            <circle cx="6" cy="6" r="6" />
          </svg>
          {category.url ? <Link href={category.url} prefetch={false}>{category.title}</Link> : category.title}
          <span className="text-[var(--muted)]">{`(${category.questions})`}</span>
        </li>
      ))}
    </ul>
  );
}
