/** Reads the empty named anchors an FAQ keeps at its headings for links to their old wording. */
import type { Heading, Parent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { offsetOf } from './positions';

/** One or more empty `<a name="…"></a>` / `<a id="…"/>` and nothing else. */
const EMPTY_ANCHORS = /^(?:\s*<a\s+(?:name|id)\s*=\s*(?:"[^"<>]*"|'[^'<>]*')\s*(?:\/>|>\s*<\/a\s*>))+\s*$/i;
const ANCHOR_NAME = /<a\s+(?:name|id)\s*=\s*(?:"([^"<>]*)"|'([^'<>]*)')/gi;

/**
 * Takes out every empty named anchor written on the line above a heading (`<a name="old-id"></a>`,
 * as Homebrew's FAQ keeps its old anchors) or at the start of the heading's own text, and returns the
 * names by the heading's start offset: each is another anchor of that heading, as a pinned heading's
 * GitHub anchor is (`ParsedSection.aliases`). Left in place, such an anchor would end the answer above
 * the heading, and links to it would open that answer. A name that is another heading's id in this
 * file is that heading's, with a warning; a name that is its own heading's id adds nothing.
 */
export function takeLegacyAnchors(tree: Root, headingIds: ReadonlyMap<number, string>, file: VFile): Map<number, string[]> {
  const found = new Map<number, string[]>();
  const owners = new Map<string, Heading>();
  visit(tree, 'heading', (heading) => {
    const id = headingIds.get(offsetOf(heading));
    if (id !== undefined) owners.set(id, heading);
  });
  // Which heading each old anchor went to first: a browser (and GitHub) follows `#name` to the first.
  const claimed = new Map<string, Heading>();
  const where = (heading: Heading) => `\`${'#'.repeat(heading.depth)} ${toString(heading)}\` (line ${heading.position?.start.line ?? '?'})`;
  const claim = (heading: Heading, names: string[], place: RootContent) => {
    const offset = offsetOf(heading);
    const own = headingIds.get(offset);
    for (const name of names) {
      const owner = owners.get(name);
      const first = claimed.get(name);
      const taken = owner !== undefined && owner !== heading ? `names the anchor of ${where(owner)}` : first !== undefined && first !== heading ? `is already the old anchor of ${where(first)}` : undefined;
      if (taken) {
        file.message(`\`<a name="${name}">\` ${taken}, so links to \`#${name}\` lead there, not to the heading below it; remove it or give it another name`, {
          place: place.position,
          ruleId: 'duplicate-legacy-anchor',
          source: 'faq',
        });
      } else if (name !== own && !found.get(offset)?.includes(name)) {
        claimed.set(name, heading);
        found.set(offset, [...(found.get(offset) ?? []), name]);
      }
    }
  };
  const walk = (parent: Parent) => {
    const kept: RootContent[] = [];
    for (const node of parent.children as RootContent[]) {
      if (node.type === 'heading') {
        const before = kept.at(-1);
        const names = before ? anchorNames(before) : undefined;
        if (before && names) {
          kept.pop();
          claim(node, names, before);
        }
        const leading = node.children.findIndex((child) => child.type !== 'html' && !(child.type === 'text' && !child.value.trim()));
        const start = node.children.slice(0, leading < 0 ? node.children.length : leading);
        const inside = start.length > 0 ? anchorNames({ type: 'paragraph', children: start }) : undefined;
        if (inside) {
          node.children.splice(0, start.length);
          const first = node.children[0];
          if (first?.type === 'text') first.value = first.value.trimStart();
          claim(node, inside, node);
        }
      } else if ('children' in node && node.type !== 'paragraph') walk(node);
      kept.push(node);
    }
    parent.children = kept as Parent['children'];
  };
  walk(tree);
  return found;
}

/** The names of a block that is nothing but empty named anchors; undefined for any other block. */
function anchorNames(node: RootContent): string[] | undefined {
  let html: string;
  if (node.type === 'html') html = node.value;
  else if (node.type === 'paragraph' && node.children.every((child) => child.type === 'html' || (child.type === 'text' && !child.value.trim()))) {
    html = node.children.map((child) => ('value' in child ? child.value : '')).join('');
  } else return undefined;
  if (!EMPTY_ANCHORS.test(html)) return undefined;
  const names = [...html.matchAll(ANCHOR_NAME)].map((m) => (m[1] ?? m[2] ?? '').trim()).filter(Boolean);
  return names.length > 0 ? names : undefined;
}
