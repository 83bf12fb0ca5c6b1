import { withBasePath } from '@/lib/base-path';

export interface Crumb {
  href?: string;
  label: string;
}

/**
 * Where this page sits: Home › Category › Question. The last crumb is the current page. Plain links with
 * no client code of their own (InAppLinks moves within the app). The trail is inline text: each `›` is
 * joined to the crumb before it by a no-break space, so a long trail wraps after a separator, never
 * before one, and a long last crumb wraps as a sentence.
 */
export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-4 text-sm text-muted">
      <ol className="breadcrumbs">
        {trail.map((crumb, i) => (
          <li key={`${crumb.label}-${i}`}>
            {crumb.href ? <a href={withBasePath(crumb.href)} data-in-app="">{crumb.label}</a> : <span aria-current="page">{crumb.label}</span>}
            {i < trail.length - 1 && (
              <>
                <span aria-hidden="true">{'\u00a0›'}</span>{' '}
              </>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
