import type { Element, Root } from 'hast';

export interface FaqAnchorOptions {
  /** Start offset of a markdown heading → its GitHub anchor. */
  headingIds: ReadonlyMap<number, string>;
  /** Start offset of a markdown list item → its 1-based checklist step number. */
  stepNumbers: ReadonlyMap<number, number>;
}

/**
 * Gives sub-headings their GitHub anchors and checklist items `id="step-N"`, and
 * an ordered list that continues the answer's steps the `start` its first step has.
 * Runs after sanitising, and matches elements by their source offset, so raw
 * HTML in the content can never claim an anchor.
 */
export function rehypeFaqAnchors(options: FaqAnchorOptions) {
  // A plain walk rather than unist-util-visit: this runs on every section and visit's bookkeeping
  // cost more than the work itself. Nothing here changes the tree's shape.
  const walk = (parent: Root | Element) => {
    for (const node of parent.children) {
      if (node.type !== 'element') continue;
      label(node);
      walk(node);
    }
  };
  const label = (node: Element) => {
    const offset = node.position?.start.offset;
    if (offset === undefined) return;
    if (/^h[1-6]$/.test(node.tagName)) {
      const id = options.headingIds.get(offset);
      if (id) node.properties = { ...node.properties, id };
    } else if (node.tagName === 'li') {
      const n = options.stepNumbers.get(offset);
      if (n) node.properties = { ...node.properties, id: `step-${n}`, dataStep: String(n) };
    } else if (node.tagName === 'ol') {
      // Steps are numbered across the answer: a second list shows 7, 8 … as its anchors and the checklist say.
      const first = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'li');
      const n = first?.position?.start.offset === undefined ? undefined : options.stepNumbers.get(first.position.start.offset);
      if (n && n > 1) node.properties = { ...node.properties, start: n };
    }
  };
  return (tree: Root) => walk(tree);
}
