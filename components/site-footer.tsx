import { withBasePath } from '@/lib/base-path';
import type { FaqDocumentInfo } from '@/lib/content/types';
import { embedUrl, files, homeUrl } from '@/lib/routes';

/** Past this many documents the footer counts them instead of naming each (it is on every page). */
const NAMED_DOCUMENTS = 3;

/**
 * Where the content comes from, read from the content itself: the FAQ documents'
 * titles, each linking to its source when the document names one. Plain links:
 * it is on every page, and nothing in it needs client code.
 */
export function SiteFooter({
  documents,
  links,
  repository,
}: {
  documents: Pick<FaqDocumentInfo, 'id' | 'title' | 'url' | 'source'>[];
  /** The site's own footer links (`footer:` in site.yaml). */
  links: { label: string; url: string }[];
  /** Where the content is kept (`repository:` in site.yaml). */
  repository?: string;
}) {
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
            <>Content from <a href={withBasePath(`${homeUrl}#categories`)}>{documents.length} FAQ documents</a>.</>
          )}
        </p>
        <p>
          {links.map((link) => (
            <span key={link.url}>
              <a href={link.url} rel="noopener">{link.label}</a> ·{' '}
            </span>
          ))}
          {repository && (
            <>
              <a href={repository} rel="noopener">Source</a> ·{' '}
            </>
          )}
          <a href={withBasePath(files.graph)}>Question graph (JSON)</a> · <a href={withBasePath(embedUrl)}>Embed the search box</a>
        </p>
      </div>
    </footer>
  );
}
