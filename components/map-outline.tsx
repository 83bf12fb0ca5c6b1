import Link from 'next/link';
import type { KnowledgeMap } from '@/lib/map/layout';

/**
 * The map as text: each category with its questions and how they link, in
 * the same order as the drawing. For screen reader users and anyone who
 * prefers a list.
 */
export function MapOutline({ map }: { map: KnowledgeMap }) {
  const byId = new Map(map.nodes.map((node) => [node.id, node]));
  return (
    <details className="mt-8 rounded-lg border border-[var(--border)] px-4 py-3">
      <summary className="cursor-pointer font-semibold">The map as a list</summary>
      {map.categories.map((category) => (
        <section key={category.id} aria-labelledby={`outline-${category.id}`} className="mt-4">
          <h2 id={`outline-${category.id}`} className="text-lg font-semibold">
            {category.title} <span className="font-normal text-[var(--muted)]">({category.questions.length} questions)</span>
          </h2>
          <ul className="mt-1 space-y-1">
            {category.questions.map((id) => {
              const node = byId.get(id)!;
              return (
                <li key={id}>
                  <Link href={node.url} prefetch={false}>{node.title}</Link>{' '}
                  <span className="text-sm text-[var(--muted)]">
                    links to {node.links}, linked from {node.backlinks}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </details>
  );
}
