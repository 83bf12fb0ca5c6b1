import type { ContentsEntry } from '@/lib/page-contents';

/** "On this page": links to the answer's sections and steps, in a side column on wide screens. */
export function PageContents({ entries }: { entries: ContentsEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <nav aria-labelledby="toc-heading" className="doc-toc no-print text-sm">
      <p id="toc-heading" className="eyebrow mb-2">On this page</p>
      <ul className="toc">
        {entries.map((entry) => (
          <li key={`${entry.id}-${entry.depth}-${entry.label}`}>
            <a href={`#${entry.id}`} className={entry.depth === 1 ? 'toc-step pl-5!' : 'font-medium text-fg!'}>
              <span className="toc-label">
                {entry.step !== undefined && <span className="text-muted">{entry.step}. </span>}
                {entry.label}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
