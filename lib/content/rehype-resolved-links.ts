/** Writes the graph's resolved URLs into a copy of a section's links, leaving the parsed tree as it was. */
import type { Root } from 'hast';
import { forEachLinkElement } from './collect-links';

export interface ResolvedLinksOptions {
  /** Link index (see `collectLinks`) → the URL to write; links not named keep theirs. */
  hrefs: ReadonlyMap<number, string>;
}

/**
 * A rehype transformer that sets `href` (or `src`) of the links named in
 * `hrefs`. Run it on a copy: the parsed section stays untouched, so a graph
 * can be built twice from the same parse.
 */
export function rehypeResolvedLinks(options: ResolvedLinksOptions) {
  return (tree: Root) => {
    if (options.hrefs.size === 0) return;
    forEachLinkElement(tree, (element, index, attribute) => {
      const href = options.hrefs.get(index);
      if (href !== undefined) element.properties[attribute] = href;
    });
  };
}
