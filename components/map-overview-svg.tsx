import type { CategoryOverview } from '@/lib/map/overview';
import { MapLabelText, MapSvgFrame } from './map-svg';
import { paletteStyle, swatchClass } from './map-palette';

const OVERVIEW_STYLE = [
  '.map-category-links{fill:none;stroke:var(--muted);stroke-opacity:.35;stroke-linecap:round}',
  '[data-searching] .map-category-links{stroke-opacity:.15}',
].join('');

/**
 * The map of a large site as a static SVG: one circle per category (area in
 * proportion to its questions), each a link to that category's own map and
 * named under its circle; lines join the categories whose answers link to
 * each other most, thicker for more links. Works without JavaScript, like
 * the question map, and MapViewer adds pan, zoom and highlighting the same way.
 */
export function CategoryOverviewSvg({ overview, basePath = '', label }: { overview: CategoryOverview; basePath?: string; label: string }) {
  const at = new Map(overview.categories.map((category) => [category.id, category]));
  const strongest = Math.max(1, ...overview.links.map((link) => link.count));
  return (
    <MapSvgFrame map={overview} label={label} style={OVERVIEW_STYLE + paletteStyle(overview.categories.map((category) => category.swatch), overview.documents.map((document) => document.hue))}>
      <g className="map-category-links">
        {overview.links.map((link) => {
          const from = at.get(link.from)!;
          const to = at.get(link.to)!;
          // Width grows with the square root of the links, from 1 to 6 units.
          const width = Math.round((1 + 5 * Math.sqrt(link.count / strongest)) * 2) / 2;
          return <path key={`${link.from}>${link.to}`} d={`M${from.x} ${from.y}L${to.x} ${to.y}`} strokeWidth={width} />;
        })}
      </g>
      {overview.categories.map((category) => (
        <a key={category.id} href={`${basePath}${category.mapUrl}`} className={`map-node ${swatchClass(category.swatch)}`}>
          <title>{`${category.title}: ${category.questions} ${category.questions === 1 ? 'question' : 'questions'}`}</title>
          <circle cx={category.x} cy={category.y} r={category.r} />
        </a>
      ))}
      {overview.categories.map((category) => (
        <MapLabelText key={category.id} x={category.x} label={category.label} />
      ))}
    </MapSvgFrame>
  );
}
