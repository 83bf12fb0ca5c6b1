/** The four arrow-key directions. */
export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The point nearest to `from` in a direction, for moving between map nodes
 * with the arrow keys: among the points that lie that way within 60° of the
 * axis, the one with the smallest distance along the axis plus twice the
 * distance across it (so a node straight ahead beats a closer one far off to
 * the side). Undefined when nothing lies that way.
 */
export function nearestInDirection<T extends { x: number; y: number }>(points: readonly T[], from: { x: number; y: number }, direction: Direction): T | undefined {
  let best: T | undefined;
  let bestScore = Infinity;
  for (const point of points) {
    const dx = point.x - from.x;
    const dy = point.y - from.y;
    const along = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const across = Math.abs(direction === 'left' || direction === 'right' ? dy : dx);
    if (along <= 0 || across > along * Math.tan(Math.PI / 3)) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      best = point;
      bestScore = score;
    }
  }
  return best;
}
