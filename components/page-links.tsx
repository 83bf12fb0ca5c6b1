import Link from 'next/link';

/**
 * Links to every page of a long list, the current one marked (`aria-current="page"`); nothing for a
 * list of one page. `label` names the navigation ("Pages of this category"); `href` writes page n's URL.
 */
export function PageLinks({ label, page, pages, href }: { label: string; page: number; pages: number; href: (n: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className="mt-8 flex flex-wrap gap-2">
      {Array.from({ length: pages }, (_, i) => i + 1).map((n) =>
        n === page ? (
          <span key={n} aria-current="page" className="chip">
            <span className="sr-only">Page </span>
            {n}
          </span>
        ) : (
          <Link key={n} href={href(n)} prefetch={false} className="chip chip-quiet">
            <span className="sr-only">Page </span>
            {n}
          </Link>
        ),
      )}
    </nav>
  );
}
