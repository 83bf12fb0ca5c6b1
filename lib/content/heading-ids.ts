/** Gives every heading its id: a `{#pinned-id}` the author wrote, else the anchor GitHub gives it. */
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { offsetOf } from './positions';
import { createSlugger, slugify } from './slug';

export interface HeadingIds {
  /** Start offset of a heading → its id. */
  ids: Map<number, string>;
  /** Start offset of a heading with a pinned id → the anchor GitHub gives its whole text, which old links may use. */
  githubAnchors: Map<number, string>;
}

const PINNED = /\s*\{#([^{}]*)\}\s*$/;
const VALID_ID = /^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u;

/**
 * GitHub's anchors for every heading, in document order (repeats get `-1`,
 * `-2` …, as on GitHub, which shows `{#…}` as text). A heading ending in
 * `{#some-id}`, as Docusaurus and Pandoc write it, keeps `some-id` whatever
 * its wording; the `{#…}` is removed from the heading's text.
 */
export function assignHeadingIds(tree: Root, file: VFile): HeadingIds {
  const slug = createSlugger();
  const ids = new Map<number, string>();
  const githubAnchors = new Map<number, string>();
  const pinnedAt = new Map<string, Heading>();
  visit(tree, 'heading', (heading) => {
    const offset = offsetOf(heading);
    const github = slug(toString(heading, { includeHtml: false }));
    const pinned = takePinnedId(heading);
    if (pinned === undefined) {
      ids.set(offset, github);
      return;
    }
    let id = pinned;
    if (!VALID_ID.test(pinned)) {
      id = slugify(pinned) || github;
      file.message(`Pinned id \`{#${pinned}}\` is not an id; write letters, digits, \`-\` and \`_\` only, such as \`{#${id}}\``, {
        place: heading.position,
        ruleId: 'invalid-pinned-id',
        source: 'faq',
      });
    }
    const earlier = pinnedAt.get(id);
    if (earlier) {
      file.message(`Pinned id \`#${id}\` is already pinned on line ${earlier.position?.start.line ?? '?'}; this heading keeps GitHub's anchor \`#${github}\``, {
        place: heading.position,
        ruleId: 'duplicate-pinned-id',
        source: 'faq',
      });
      ids.set(offset, github);
      return;
    }
    pinnedAt.set(id, heading);
    ids.set(offset, id);
    githubAnchors.set(offset, github);
  });
  return { ids, githubAnchors };
}

/** Removes a trailing `{#id}` from the heading's last text and returns the id, if there is one. */
function takePinnedId(heading: Heading): string | undefined {
  const last = heading.children.at(-1);
  if (last?.type !== 'text') return undefined;
  const match = PINNED.exec(last.value);
  if (!match) return undefined;
  last.value = last.value.slice(0, match.index);
  if (last.value === '' && heading.children.length > 1) heading.children.pop();
  return match[1]!.trim();
}
