import { describe, expect, it } from 'vitest';
import { nearestInDirection } from './navigate';

const points = [
  { id: 'centre', x: 100, y: 100 },
  { id: 'right-near-but-high', x: 130, y: 60 },
  { id: 'right-ahead', x: 160, y: 104 },
  { id: 'left', x: 40, y: 100 },
  { id: 'below', x: 105, y: 180 },
  { id: 'far-up', x: 100, y: 0 },
];
const centre = points[0]!;

describe('nearestInDirection', () => {
  it.each([
    ['right', 'right-ahead'],
    ['left', 'left'],
    ['down', 'below'],
    ['up', 'right-near-but-high'],
  ] as const)('moving %s lands on %s', (direction, expected) => {
    expect(nearestInDirection(points, centre, direction)?.id).toBe(expected);
  });

  it('finds nothing past the edge', () => {
    expect(nearestInDirection(points, points[3]!, 'left')).toBeUndefined();
  });
});
