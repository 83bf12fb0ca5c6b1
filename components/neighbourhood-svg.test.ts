import { describe, expect, it } from 'vitest';
import { graphOf } from '@/lib/content/test-helpers';
import { layoutNeighbourhood } from '@/lib/map/neighbourhood';
import { testGraph } from '@/lib/map/test-graph';
import { neighbourhoodSvg } from './neighbourhood-svg';
import { createMapInput } from '@/lib/map/input';

describe('neighbourhoodSvg', () => {
  it('draws each neighbour as a link to its page, the question itself as plain text, an arrow per link', () => {
    const svg = neighbourhoodSvg(layoutNeighbourhood(createMapInput(testGraph()), 'charlie')!, 'charlie');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" aria-hidden="true" focusable="false" viewBox="0 0 720 \d+"/);
    expect([...svg.matchAll(/<a href="([^"]+)" tabindex="-1"/g)].map((m) => m[1])).toEqual(['/q/alpha/', '/q/bravo/']);
    expect(svg).toContain('<text class="nbh-centre"');
    expect(svg).toContain('>This question</text>');
    expect(svg.match(/<line /g)).toHaveLength(2);
    expect(svg).toContain('marker-end="url(#nbh-arrow)"');
  });

  it('writes titles from content as text, never as markup', () => {
    const { graph } = graphOf({
      'content/faq/x.md': '# X\n\n## Errors\n\n### Why `<script>alert(1)</script>` & "quotes"?\nSee [next](#next).\n\n### Next\nText.\n\n### Other\nSee [next](#next) too.\n',
    });
    const target = graph.questions[1]!.id;
    const svg = neighbourhoodSvg(layoutNeighbourhood(createMapInput(graph), target)!, target);
    expect(svg).not.toContain('<script');
    expect(svg).toContain('<title>Why &#x3C;script>alert(1)&#x3C;/script> &#x26; "quotes"?</title>');
  });

  it('leads "and N more" to the list that names them all', () => {
    const answers = Array.from({ length: 20 }, (_, n) => `### Spoke ${n}\nSee [the hub](#hub).\n`);
    const { graph } = graphOf({ 'content/faq/hub.md': `# Hub FAQ\n\n## Spokes\n\n### Hub\nHub text.\n\n${answers.join('\n')}` });
    const svg = neighbourhoodSvg(layoutNeighbourhood(createMapInput(graph), 'hub')!, 'hub');
    expect(svg).toContain('<a href="#backlinks-heading" tabindex="-1"><text class="nbh-label"');
    expect(svg).toContain('>and 8 more</text>');
  });
});
