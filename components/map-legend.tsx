import Link from 'next/link';
import type { MapCategory } from '@/lib/map/layout';

/** Category colours of the map, each with its name (a link to the category) and how many questions it has. */
export function MapLegend({ categories }: { categories: MapCategory[] }) {
  return (
    <section aria-labelledby="map-legend-heading" className="mt-4">
      <h2 id="map-legend-heading" className="sr-only">Legend</h2>
      <ul className="flex flex-wrap gap-x-5 gap-y-1.5 text-sm">
        {categories.map((category) => (
          <li key={category.id} className="flex items-center gap-1.5">
            <svg aria-hidden="true" width="12" height="12" viewBox="0 0 12 12" className={`map-c${category.colour}`}>
              <circle cx="6" cy="6" r="6" />
            </svg>
            {category.url ? <Link href={category.url} prefetch={false}>{category.title}</Link> : category.title}
            <span className="text-[var(--muted)]">({category.questions.length})</span>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm text-[var(--muted)]">A bigger circle means more questions link to it; lines are cross-links between answers.</p>
    </section>
  );
}
