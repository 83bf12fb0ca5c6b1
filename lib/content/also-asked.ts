/** Reads the "also asked as" phrasings an author writes in an HTML comment under a question's heading. */
import type { Html, RootContent } from 'mdast';
import type { VFile } from 'vfile';

const MARKER = /^<!--\s*also[\s-]+asked(?:[\s-]+as)?\s*:?([\s\S]*?)-->\s*$/i;
const MAX_LENGTH = 200;

/** Whether a top-level node is an `<!-- also asked as: … -->` comment. */
export function isAlsoAskedComment(node: RootContent): node is Html {
  return node.type === 'html' && MARKER.test(node.value.trim());
}

/**
 * The phrasings of `<!-- also asked as: … -->` comments among a question's
 * nodes, one per line or separated by `;`, list markers allowed. GitHub does
 * not show HTML comments, so the FAQ reads as before. Empty and overlong
 * entries are warned about at the comment.
 */
export function readAlsoAsked(nodes: RootContent[], file: VFile): string[] {
  const phrasings: string[] = [];
  for (const node of nodes) {
    if (!isAlsoAskedComment(node)) continue;
    const body = MARKER.exec(node.value.trim())?.[1] ?? '';
    const found = body
      .split(/[\n;]/)
      .map((line) => line.replace(/^\s*[-*+]\s+/, '').replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    if (found.length === 0) {
      file.message('`also asked as` comment lists no phrasings; write them after the colon, one per line or separated by `;`', {
        place: node.position,
        ruleId: 'empty-also-asked',
        source: 'faq',
      });
    }
    for (const phrasing of found) {
      if (phrasing.length > MAX_LENGTH) {
        file.message(`An \`also asked as\` phrasing is ${phrasing.length} characters long; keep each under ${MAX_LENGTH}, as people type them`, {
          place: node.position,
          ruleId: 'long-also-asked',
          source: 'faq',
        });
        continue;
      }
      if (!phrasings.includes(phrasing)) phrasings.push(phrasing);
    }
  }
  return phrasings;
}
