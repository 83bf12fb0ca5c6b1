import { describePlace } from '@/lib/result-place';
import type { SearchResult } from '@/lib/search/engine/client';

/** A result's category (after its FAQ's title when the site has several) and the symptoms the query named, as badges. */
export function ResultMeta({ result, className = '' }: { result: Pick<SearchResult, 'categoryTitle' | 'documentTitle' | 'symptoms'>; className?: string }) {
  return (
    <span className={className}>
      {describePlace(result)}
      {result.symptoms.map((label) => (
        <span key={label} className="ml-2 rounded-full border border-[var(--border)] px-1.5 font-mono text-xs">{label}</span>
      ))}
    </span>
  );
}
