import { MAP_PALETTE, type Swatch } from '@/lib/map/palette';

/** The class that fills an SVG shape with a swatch: `map-c3` for a hue's main shade, `map-c3-1` for another. */
export function swatchClass({ hue, shade }: Swatch): string {
  return shade === 0 ? `map-c${hue}` : `map-c${hue}-${shade}`;
}

/** The class that draws a document's outline in its hue's main shade. (No tint inside: the categories' 3:1 is against the page's own background.) */
export function outlineClass(hue: number): string {
  return `map-o${hue}`;
}

/**
 * A stylesheet with the classes of the given swatches and outline hues, each
 * following the system's light or dark theme. Only the colours a drawing uses
 * are written, so a page carries a few rules, not the whole palette.
 */
export function paletteStyle(swatches: readonly Swatch[], outlineHues: readonly number[] = []): string {
  const fills = [...new Map(swatches.map((swatch) => [swatchClass(swatch), swatch])).entries()];
  const hues = [...new Set(outlineHues)];
  const rules = (theme: 'light' | 'dark') =>
    [
      ...fills.map(([name, { hue, shade }]) => `.${name}{fill:${MAP_PALETTE[hue]![theme][shade]}}`),
      ...hues.map((hue) => `.${outlineClass(hue)}{stroke:${MAP_PALETTE[hue]![theme][0]}}`),
    ].join('');
  return `${rules('light')}@media (prefers-color-scheme:dark){${rules('dark')}}`;
}
