import { SearchBox } from './search-box';

/** The site-wide search: the combobox, a plain GET form underneath (works without JavaScript). */
export function HeaderSearch({ large = false }: { large?: boolean }) {
  return <SearchBox large={large} primary={large} />;
}
