import { basePath } from '@/lib/site';

/** The site-wide search form; a plain GET form, so it works without JavaScript. */
export function HeaderSearch({ large = false }: { large?: boolean }) {
  return (
    <form action={`${basePath}/search/`} method="get" role="search" className="relative">
      <label htmlFor={large ? 'home-search' : 'site-search'} className="sr-only">Search the FAQ</label>
      <input
        id={large ? 'home-search' : 'site-search'}
        name="q"
        type="search"
        placeholder={large ? 'Error code, message or question…' : 'Search the FAQ'}
        autoComplete="off"
        className={`w-full rounded-md border border-[var(--border)] bg-[var(--bg)] px-3 ${large ? 'py-3 text-lg' : 'py-1.5 text-sm'}`}
      />
    </form>
  );
}
