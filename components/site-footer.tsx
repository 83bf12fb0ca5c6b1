import Link from 'next/link';
import type { FaqDocumentInfo } from '@/lib/content/types';

/** Past this many documents the footer counts them instead of naming each (it is on every page). */
const NAMED_DOCUMENTS = 3;

/**
 * Where the content comes from, read from the content itself: the FAQ documents'
 * titles, each linking to its source when the document names one.
 */
export function SiteFooter({ documents }: { documents: Pick<FaqDocumentInfo, 'id' | 'title' | 'url' | 'source'>[] }) {
  const named = documents.length <= NAMED_DOCUMENTS;
  return (
    <footer className="no-print mt-16 border-t border-line">
      <div className="container-page flex flex-col gap-2 py-6 text-sm text-muted sm:flex-row sm:justify-between">
        <p>
          {documents.length === 0 ? 'No FAQ content yet.' : named ? (
            <>
              Content from{' '}
              {documents.map((document, i) => (
                <span key={document.id}>
                  {i > 0 && (i === documents.length - 1 ? ' and ' : ', ')}
                  {document.source ? <a href={document.source} rel="noopener">{document.title}</a> : document.title}
                </span>
              ))}
              .
            </>
          ) : (
            <>Content from <Link href="/#categories">{documents.length} FAQ documents</Link>.</>
          )}
        </p>
        <p>
          <Link href="/graph.json" prefetch={false}>Question graph (JSON)</Link> · <Link href="/embed/">Embed the search box</Link>
        </p>
      </div>
    </footer>
  );
}
