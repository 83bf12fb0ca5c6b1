import Link from 'next/link';
import { describeFinding, type MapFinding } from '@/lib/map/report';

/** Orphans and dead ends for authors, with where each question is written; `npm run check:content` prints the same. */
export function MapAuthorReport({ findings }: { findings: MapFinding[] }) {
  const groups = [
    { type: 'orphan', title: 'Orphans', about: 'Nothing links to these and the troubleshooter does not lead to them.' },
    { type: 'dead-end', title: 'Dead ends', about: 'These answers link to no other question.' },
  ] as const;
  return (
    <section aria-labelledby="map-authors-heading" className="mt-10 border-t border-[var(--border)] pt-6">
      <h2 id="map-authors-heading" className="text-xl font-semibold">For authors</h2>
      <p className="mt-1 text-[var(--muted)]">
        Run <code className="font-mono">npm run check:content</code> for this list with every content message, as <code className="font-mono">file:line:column</code>.
      </p>
      {groups.map((group) => {
        const items = findings.filter((finding) => finding.type === group.type);
        return (
          <details key={group.type} className="mt-4">
            <summary className="cursor-pointer font-semibold">
              {group.title} ({items.length})
            </summary>
            <p className="mt-1 text-sm text-[var(--muted)]">{group.about}</p>
            <ul className="mt-2 space-y-1.5">
              {items.map(({ question, ...finding }) => (
                <li key={question.id}>
                  <Link href={question.url} prefetch={false}>{question.title}</Link>{' '}
                  <code className="font-mono text-xs text-[var(--muted)]" title={describeFinding({ ...finding, question })}>
                    {question.source.file}:{question.source.line}:{question.source.column}
                  </code>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
}
