/** Marks each top-level node of a document as content, table of contents, notice or metadata. */
import type { Html, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isMetadataComment } from './metadata';

export type Region = 'content' | 'toc' | 'notice' | 'metadata';

const TOC_TITLE = /^\s*(table of contents|contents|toc|innhold(sfortegnelse)?)\s*:?\s*$/i;

/**
 * START_COMMENT … END_COMMENT is a notice, except a table of contents inside
 * it; START_TOC … END_TOC, a heading named "Table of contents" with what follows
 * up to the next heading of its level, and a list of nothing but `#anchor` links
 * before the first section are tables of contents. An unclosed block is warned
 * about and its text kept as content.
 */
export function classifyRegions(nodes: RootContent[], file: VFile): Region[] {
  const regions: Region[] = [];
  let block: 'toc' | 'notice' | null = null;
  let blockStart: Html | null = null;
  let tocHeadingDepth = 0;
  let seenSection = false;
  for (const node of nodes) {
    const marker = node.type === 'html' ? commentMarker(node.value) : null;
    if (node.type === 'yaml' || (node.type === 'html' && isMetadataComment(node.value))) {
      regions.push('metadata');
      continue;
    }
    if (marker === 'START_TOC' || marker === 'START_COMMENT') {
      block = marker === 'START_TOC' ? 'toc' : 'notice';
      blockStart = node as Html;
      tocHeadingDepth = 0;
      regions.push(block);
      continue;
    }
    if (marker === 'END_TOC' || marker === 'END_COMMENT') {
      regions.push(block ?? 'notice');
      block = null;
      blockStart = null;
      tocHeadingDepth = 0;
      continue;
    }
    if (node.type === 'heading' && TOC_TITLE.test(toString(node))) {
      tocHeadingDepth = node.depth;
      regions.push('toc');
      continue;
    }
    if (tocHeadingDepth && node.type === 'heading' && node.depth <= tocHeadingDepth) tocHeadingDepth = 0;
    if (tocHeadingDepth || block === 'toc') regions.push('toc');
    else if (block) regions.push(block);
    else {
      if (node.type === 'heading' && node.depth >= 2) seenSection = true;
      regions.push(!seenSection && isUnmarkedToc(node) ? 'toc' : 'content');
    }
  }
  if (block && blockStart) {
    file.message(`\`<!-- START_${block === 'toc' ? 'TOC' : 'COMMENT'} -->\` is never closed; the rest of the file was read as content`, {
      place: blockStart.position,
      ruleId: 'unclosed-block',
      source: 'faq',
    });
    // Nothing may be lost: an unclosed block keeps its text as content.
    const start = nodes.indexOf(blockStart);
    for (let i = start + 1; i < regions.length; i++) regions[i] = 'content';
  }
  return regions;
}

function commentMarker(html: string): string | null {
  const match = /^<!--\s*(START_TOC|END_TOC|START_COMMENT|END_COMMENT)\s*-->\s*$/.exec(html.trim());
  return match ? match[1]! : null;
}

/** A list of nothing but `#anchor` links before the first section: a table of contents without a heading. */
function isUnmarkedToc(node: RootContent): boolean {
  if (node.type !== 'list') return false;
  let links = 0;
  let otherText = '';
  visit(node, (child) => {
    if (child.type === 'link') {
      if (!child.url.startsWith('#')) otherText += 'x';
      links++;
      return 'skip';
    }
    if (child.type === 'text') otherText += child.value.replace(/[\s.,]/g, '');
  });
  return links >= 3 && otherText === '';
}
