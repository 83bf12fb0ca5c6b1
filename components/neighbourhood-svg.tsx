import { paletteStyle, swatchClass } from '@/components/map-palette';
import { basePath } from '@/lib/base-path';
import type { Neighbourhood } from '@/lib/map/neighbourhood';
import { svgMarkup } from './static-svg';

const STYLE = [
  '.nbh-edge{stroke:var(--muted);stroke-width:1.5;fill:none}',
  '.nbh-arrow{fill:var(--muted)}',
  '.nbh-label{fill:var(--link);font-size:13px;text-decoration:underline}',
  '.nbh-centre{fill:var(--fg);font-size:13px;font-weight:600}',
  '.nbh-node circle{stroke:var(--bg);stroke-width:1.5}',
].join('');

/**
 * A question's neighbourhood drawn as SVG markup: the question in the middle,
 * each neighbour a circle in its category's colour with its title beside it,
 * linking to its page, and an arrow per link. The drawing is inserted into its
 * page (components/question-neighbourhood.tsx), so it takes the page's colours
 * (`var(--muted)`, the map palette) and its links navigate the page. It is
 * hidden from screen readers and out of the Tab order: the page's Related and
 * Linked from lists say the same in text.
 */
export function neighbourhoodSvg(hood: Neighbourhood, centreId: string): string {
  const at = new Map(hood.nodes.map((node) => [node.id, node]));
  const mutual = new Set(hood.nodes.filter((node) => node.relation === 'both').map((node) => node.id));
  return svgMarkup(
    <svg xmlns="http://www.w3.org/2000/svg" aria-hidden="true" focusable="false" viewBox={`0 0 ${hood.width} ${hood.height}`} className="h-auto w-full max-w-3xl" style={{ maxHeight: '24rem' }}>
      <style>{STYLE + paletteStyle(hood.nodes.map((node) => node.swatch))}</style>
      <defs>
        <marker id="nbh-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path className="nbh-arrow" d="M0 0L10 5L0 10z" />
        </marker>
      </defs>
      {hood.edges
        // A pair of links both ways is one line with two arrowheads.
        .filter((edge) => !(mutual.has(edge.from) && edge.to === centreId))
        .map((edge) => {
          const from = at.get(edge.from)!;
          const to = at.get(edge.to)!;
          const length = Math.hypot(to.x - from.x, to.y - from.y);
          const ux = (to.x - from.x) / length;
          const uy = (to.y - from.y) / length;
          return (
            <line
              key={`${edge.from}>${edge.to}`}
              className="nbh-edge"
              x1={Math.round(from.x + ux * (from.r + 3))}
              y1={Math.round(from.y + uy * (from.r + 3))}
              x2={Math.round(to.x - ux * (to.r + 3))}
              y2={Math.round(to.y - uy * (to.r + 3))}
              markerEnd="url(#nbh-arrow)"
              markerStart={mutual.has(edge.to) ? 'url(#nbh-arrow)' : undefined}
            />
          );
        })}
      {hood.nodes.map((node) => {
        const label =
          node.labelSide === 'below' ? (
            <text className="nbh-centre" x={node.x} y={node.y + node.r + 16} textAnchor="middle">This question</text>
          ) : (
            <text className="nbh-label" x={node.labelSide === 'left' ? node.x - node.r - 6 : node.x + node.r + 6} y={node.y + 4} textAnchor={node.labelSide === 'left' ? 'end' : 'start'}>
              {node.label}
            </text>
          );
        return node.relation === 'centre' ? (
          <g key={node.id} className={swatchClass(node.swatch)}>
            <circle cx={node.x} cy={node.y} r={node.r} />
            {label}
          </g>
        ) : (
          <a key={node.id} href={`${basePath}${node.url}`} tabIndex={-1} className={`nbh-node ${swatchClass(node.swatch)}`}>
            <title>{node.title}</title>
            <circle cx={node.x} cy={node.y} r={node.r} />
            {label}
          </a>
        );
      })}
      {hood.more.map((more) => (
        // The lists beside the drawing name every neighbour; "and N more" leads there.
        <a key={more.side} href={more.side === 'left' ? '#backlinks-heading' : '#related-heading'} tabIndex={-1}>
          <text className="nbh-label" x={more.x} y={more.y} textAnchor="middle">{`and ${more.count} more`}</text>
        </a>
      ))}
    </svg>,
  );
}
