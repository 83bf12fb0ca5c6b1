import { neighbourLabel, NEIGHBOUR_FONT_SIZE, type CategoryMap } from '@/lib/map/category-map';
import { DOCUMENT_LABEL_FONT_SIZE, LABEL_FONT_SIZE, LABEL_LINE_HEIGHT, QUESTION_LABEL_FONT_SIZE, QUESTION_LABEL_LINE_HEIGHT } from '@/lib/map/labels';
import type { ReactNode } from 'react';
import type { KnowledgeMap, MapDocument, MapLabel } from '@/lib/map/layout';
import { outlineClass, paletteStyle, swatchClass } from './map-palette';
import { StaticSvg } from './static-svg';

/** The map's look and states: a visible focus ring, search matches ringed, everything else faded. */
export const MAP_STYLE = [
  '.map-edges{fill:none;stroke:var(--muted);stroke-opacity:.45;stroke-width:1}',
  `.map-label{fill:var(--fg);font-size:${LABEL_FONT_SIZE}px;font-weight:600;paint-order:stroke;stroke:var(--bg);stroke-width:3px;pointer-events:none}`,
  // A link's underline would run through the title's halo; the title is underlined on hover and focus instead.
  `.map-node{text-decoration:none}.map-node-label{fill:var(--fg);font-size:${QUESTION_LABEL_FONT_SIZE}px;paint-order:stroke;stroke:var(--bg);stroke-width:3px}`,
  '.map-node:hover .map-node-label,.map-node:focus-visible .map-node-label{text-decoration:underline}',
  `.map-doc-label{fill:var(--fg);font-size:${DOCUMENT_LABEL_FONT_SIZE}px;font-weight:700;paint-order:stroke;stroke:var(--bg);stroke-width:4px;pointer-events:none}`,
  '.map-outline{fill:none;stroke-width:2;stroke-dasharray:6 4}',
  '.map-node circle{stroke:var(--bg);stroke-width:1.5}',
  '.map-node:hover circle{stroke:var(--fg);stroke-width:2}',
  '.map-node:focus{outline:none}',
  '.map-node:focus-visible circle{stroke:var(--focus);stroke-width:4}',
  '[data-searching] .map-node:not([data-match]):not(:focus){opacity:.2}',
  '[data-searching] .map-edges{stroke-opacity:.15}',
  '.map-node[data-match] circle{stroke:var(--fg);stroke-width:3}',
  '.map-exits{fill:none;stroke:var(--muted);stroke-opacity:.45;stroke-width:1;stroke-dasharray:3 3}',
  `.map-exit-label{fill:var(--link);font-size:${NEIGHBOUR_FONT_SIZE}px;text-decoration:underline;paint-order:stroke;stroke:var(--bg);stroke-width:3px}`,
].join('');

interface KnowledgeMapSvgProps {
  /** A map of questions; a category's map also draws the categories it links with, as links to their maps. */
  map: KnowledgeMap | CategoryMap;
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
 * are one path. On a site of several FAQs each document's categories are
 * ringed by a dashed outline in the document's hue, its title above.
 * Links come in map order, so Tab walks cluster by cluster.
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
  const neighbours = 'neighbours' in map ? map.neighbours : [];
  const neighbourAt = new Map(neighbours.map((neighbour) => [neighbour.id, neighbour]));
  const exitPath = ('exits' in map ? map.exits : [])
    .filter((exit) => neighbourAt.has(exit.to))
    .map((exit) => {
      const from = position.get(exit.from)!;
      const to = neighbourAt.get(exit.to)!;
      return `M${from.x} ${from.y}L${to.x} ${to.y}`;
    })
    .join('');
  const byCategory = new Map<string, KnowledgeMap['nodes']>();
  for (const node of map.nodes) {
    const list = byCategory.get(node.category) ?? [];
    list.push(node);
    byCategory.set(node.category, list);
  }
  return (
    <MapSvgFrame
      map={map}
      label={label}
      labels={labels}
      // The list under the map shows every neighbour's colour, drawn or not.
      style={paletteStyle(
        [...map.categories, ...neighbours, ...('moreNeighbours' in map ? map.moreNeighbours : [])].map((category) => category.swatch),
        map.documents.map((document) => document.hue),
      )}
    >
      {exitPath && <path className="map-exits" d={exitPath} />}
      {edgePath && <path className="map-edges" d={edgePath} />}
      {map.categories.map((category) => (
        <g key={category.id} className={swatchClass(category.swatch)}>
          {(byCategory.get(category.id) ?? []).map((node) => (
            <a key={node.id} href={`${basePath}${node.url}`} className="map-node">
              <title>{node.title}</title>
              <circle cx={node.x} cy={node.y} r={node.r} />
              {/* The link's name is its <title>; the title written out is for the eye, and a bigger target. */}
              {node.label && <MapLabelText x={node.x} label={node.label} className="map-node-label" lineHeight={QUESTION_LABEL_LINE_HEIGHT} />}
            </a>
          ))}
        </g>
      ))}
      {neighbours.map((neighbour) => (
        <a key={neighbour.id} href={`${basePath}${neighbour.mapUrl}`} className={`map-node map-exit ${swatchClass(neighbour.swatch)}`}>
          <title>{`${neighbourLabel(neighbour)}: its map`}</title>
          <circle cx={neighbour.x} cy={neighbour.y} r={neighbour.r} />
          <text
            className="map-exit-label"
            x={neighbour.labelSide === 'left' ? neighbour.x - neighbour.r - 6 : neighbour.x + neighbour.r + 6}
            y={neighbour.y + 4}
            textAnchor={neighbour.labelSide === 'left' ? 'end' : 'start'}
            aria-hidden="true"
          >
            {neighbourLabel(neighbour)}
          </text>
        </a>
      ))}
      {labels && map.categories.map((category) => category.label && <MapLabelText key={category.id} x={category.x} label={category.label} />)}
    </MapSvgFrame>
  );
}

/** What every map drawing has around its own marks: the SVG, its style, the documents' outlines under them and their titles over them. */
export function MapSvgFrame({
  map,
  label,
  labels = true,
  style,
  children,
}: {
  map: { width: number; height: number; documents: readonly (MapDocument & { labelY: number })[] };
  label: string;
  labels?: boolean;
  /** The drawing's own rules, after the shared MAP_STYLE. */
  style: string;
  children: ReactNode;
}) {
  return (
    <StaticSvg
      id="knowledge-map"
      viewBox={`0 0 ${map.width} ${map.height}`}
      role="group"
      aria-label={label}
      className="block h-full w-full touch-none select-none"
      preserveAspectRatio="xMidYMid meet"
    >
      <style>{MAP_STYLE + style}</style>
      {map.documents.map((document) => (
        <circle key={document.id} className={`map-outline ${outlineClass(document.hue)}`} cx={document.x} cy={document.y} r={document.r} />
      ))}
      {children}
      {labels &&
        map.documents.map((document) => (
          <text key={document.id} className="map-doc-label" x={document.x} y={document.labelY} textAnchor="middle" aria-hidden="true">
            {document.title}
          </text>
        ))}
    </StaticSvg>
  );
}

/** A name on a map (a category's, or a question's title on a small map), one `<text>`, a line per `<tspan>` when it takes two. */
export function MapLabelText({ x, label, className = 'map-label', lineHeight = LABEL_LINE_HEIGHT }: { x: number; label: MapLabel; className?: string; lineHeight?: number }) {
  return (
    <text className={className} x={x} y={label.y} textAnchor="middle" aria-hidden="true">
      {label.lines.length === 1
        ? label.lines[0]
        : label.lines.map((line, n) => (
            <tspan key={n} x={x} dy={n === 0 ? undefined : lineHeight}>
              {line}
            </tspan>
          ))}
    </text>
  );
}
