import { describe, expect, it } from 'vitest';
import { layoutNeighbourhood } from './neighbourhood';
import { testGraph } from './test-graph';

describe('layoutNeighbourhood', () => {
  it('puts the questions that link here on the left and those it links to on the right', () => {
    const hood = layoutNeighbourhood(testGraph(), 'charlie')!;
    expect(hood.nodes.map(({ id, relation, labelSide }) => `${id} ${relation} ${labelSide}`)).toEqual([
      'charlie centre below',
      'alpha linked-from left',
      'bravo links-to right',
    ]);
    expect(hood.edges).toEqual([
      { from: 'alpha', to: 'charlie' },
      { from: 'charlie', to: 'bravo' },
    ]);
    const [centre, left, right] = hood.nodes;
    expect(left!.x).toBeLessThan(centre!.x);
    expect(right!.x).toBeGreaterThan(centre!.x);
  });

  it('keeps every node inside the drawing', () => {
    const hood = layoutNeighbourhood(testGraph(), 'bravo')!;
    expect(hood.nodes).toHaveLength(4);
    for (const node of hood.nodes) {
      expect(node.y - node.r).toBeGreaterThanOrEqual(0);
      expect(node.y + node.r).toBeLessThanOrEqual(hood.height);
    }
  });

  it('has nothing to draw for a question without links either way', () => {
    expect(layoutNeighbourhood(testGraph(), 'echo')).toBeUndefined();
    expect(layoutNeighbourhood(testGraph(), 'no-such-question')).toBeUndefined();
  });
});
