import { LABEL_FONT_SIZE, type KnowledgeMap } from '@/lib/map/layout';
import { CATEGORY_PALETTE } from '@/lib/map/palette';

/** The category palette as classes `.map-c0` … `.map-c9` (SVG fill), following the system's light or dark theme. */
export const PALETTE_STYLE = [
  ...CATEGORY_PALETTE.map((colour, slot) => `.map-c${slot}{fill:${colour.light}}`),
  `@media (prefers-color-scheme:dark){${CATEGORY_PALETTE.map((colour, slot) => `.map-c${slot}{fill:${colour.dark}}`).join('')}}`,
].join('');

/** The palette plus the map's states: a visible focus ring, search matches ringed, everything else faded. */
const MAP_STYLE = [
  PALETTE_STYLE,
  '.map-edges{fill:none;stroke:var(--muted);stroke-opacity:.45;stroke-width:1}',
  `.map-label{fill:var(--fg);font-size:${LABEL_FONT_SIZE}px;font-weight:600;paint-order:stroke;stroke:var(--bg);stroke-width:3px;pointer-events:none}`,
  '.map-node circle{stroke:var(--bg);stroke-width:1.5}',
  '.map-node:hover circle{stroke:var(--fg);stroke-width:2}',
  '.map-node:focus{outline:none}',
  '.map-node:focus-visible circle{stroke:var(--focus);stroke-width:4}',
  '[data-searching] .map-node:not([data-match]):not(:focus){opacity:.2}',
  '[data-searching] .map-edges{stroke-opacity:.15}',
  '.map-node[data-match] circle{stroke:var(--fg);stroke-width:3}',
].join('');

export interface KnowledgeMapSvgProps {
  map: KnowledgeMap;
  /** Prefix for the question links when the site is served under a sub-path. */
  basePath?: string;
  /** Category names over their clusters. @defaultValue true */
  labels?: boolean;
  /** Accessible name of the drawing. */
  label: string;
}

/**
 * The knowledge map as a static SVG that reads without JavaScript: every
 * question is an SVG link (`<a href>` with a `<title>`, the name readers and
 * tooltips use) in its category's colour, sized by its backlinks; cross-links
 * are one path. Links come in map order, so Tab walks cluster by cluster.
 */
export function KnowledgeMapSvg({ map, basePath = '', labels = true, label }: KnowledgeMapSvgProps) {
  const position = new Map(map.nodes.map((node) => [node.id, node]));
  const edgePath = map.edges
    .map((edge) => {
      const from = position.get(edge.from)!;
      const to = position.get(edge.to)!;
      return `M${from.x} ${from.y}L${to.x} ${to.y}`;
    })
    .join('');
  const byCategory = new Map<string, KnowledgeMap['nodes']>();
  for (const node of map.nodes) byCategory.set(node.category, [...(byCategory.get(node.category) ?? []), node]);
  return (
    <svg
      id="knowledge-map"
      viewBox={`0 0 ${map.width} ${map.height}`}
      role="group"
      aria-label={label}
      className="block h-full w-full touch-none select-none"
      preserveAspectRatio="xMidYMid meet"
    >
      <style>{MAP_STYLE}</style>
      {edgePath && <path className="map-edges" d={edgePath} />}
      {map.categories.map((category) => (
        <g key={category.id} className={`map-c${category.colour}`}>
          {(byCategory.get(category.id) ?? []).map((node) => (
            <a key={node.id} href={`${basePath}${node.url}`} className="map-node">
              <title>{node.title}</title>
              <circle cx={node.x} cy={node.y} r={node.r} />
            </a>
          ))}
        </g>
      ))}
      {labels &&
        map.categories.map((category) => (
          <text key={category.id} className="map-label" x={category.x} y={category.labelY} textAnchor="middle" aria-hidden="true">
            {category.title}
          </text>
        ))}
    </svg>
  );
}
