/** Where a markdown or hast node starts in its file, as offsets and as editor positions. */
import type { SourcePosition } from './types';

type Positioned = { position?: { start: { line: number; column: number; offset?: number } } };

/** The node's start offset in its file, or -1 for a node made by code. */
export function offsetOf(node: Positioned): number {
  return node.position?.start.offset ?? -1;
}

/** The node's start as 1-based line and column, or 1:1 for a node made by code. */
export function pointOf(node: Positioned | undefined): SourcePosition {
  return { line: node?.position?.start.line ?? 1, column: node?.position?.start.column ?? 1 };
}
