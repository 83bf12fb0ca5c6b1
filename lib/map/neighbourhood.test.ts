import { describe, expect, it } from 'vitest';
import { layoutNeighbourhood } from './neighbourhood';
import { graphOf } from '@/lib/content/test-helpers';
import { testGraph } from './test-graph';
import { createMapInput } from './input';

describe('layoutNeighbourhood', () => {
  it('puts the questions that link here on the left and those it links to on the right', () => {
    const hood = layoutNeighbourhood(createMapInput(testGraph()), 'charlie')!;
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
    const hood = layoutNeighbourhood(createMapInput(testGraph()), 'bravo')!;
    expect(hood.nodes).toHaveLength(4);
    for (const node of hood.nodes) {
      expect(node.y - node.r).toBeGreaterThanOrEqual(0);
      expect(node.y + node.r).toBeLessThanOrEqual(hood.height);
    }
  });

  it('has nothing to draw for a question without links either way', () => {
    expect(layoutNeighbourhood(createMapInput(testGraph()), 'echo')).toBeUndefined();
    expect(layoutNeighbourhood(createMapInput(testGraph()), 'no-such-question')).toBeUndefined();
  });

  it('has nothing to draw for a question with one neighbour: its list says as much', () => {
    // Delta links to Bravo (and to itself, which does not count); nothing links to Delta.
    expect(layoutNeighbourhood(createMapInput(testGraph()), 'delta')).toBeUndefined();
    // A pair that link both ways is still one neighbour.
    const { graph } = graphOf({ 'content/faq/pair.md': '# Pair FAQ\n\n## Pairs\n\n### One\nSee [two](#two).\n\n### Two\nSee [one](#one).\n' });
    expect(layoutNeighbourhood(createMapInput(graph), 'one')).toBeUndefined();
  });

  it('draws at most maxPerSide neighbours a side and says how many more there are', () => {
    // 30 questions link to the hub; the hub links to two of them.
    const answers = Array.from({ length: 30 }, (_, n) => `### Spoke ${n}\nSee [the hub](#hub).\n`);
    const { graph } = graphOf({ 'content/faq/hub.md': `# Hub FAQ\n\n## Spokes\n\n### Hub\nRead [one](#spoke-0) and [two](#spoke-1).\n\n${answers.join('\n')}` });
    const hood = layoutNeighbourhood(createMapInput(graph), 'hub', { maxPerSide: 12 })!;
    const count = (relation: string) => hood.nodes.filter((node) => node.relation === relation).length;
    expect([count('linked-from'), count('both'), count('links-to')]).toEqual([12, 2, 0]);
    expect(hood.more.map(({ side, count }) => ({ side, count }))).toEqual([{ side: 'left', count: 16 }]);
    // Only lines between drawn nodes: 12 in, and 2 pairs both ways.
    expect(hood.edges).toHaveLength(12 + 2 * 2);
    const more = hood.more[0]!;
    const column = hood.nodes.filter((node) => node.relation === 'linked-from');
    expect(more.y).toBeGreaterThan(Math.max(...column.map((node) => node.y)));
    expect(more.y).toBeLessThanOrEqual(hood.height);
    // A small drawing whatever the count: 13 rows and a margin.
    expect(hood.height).toBe((12 + 1) * 32 + 32);
  });
});
