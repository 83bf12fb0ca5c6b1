import { describe, expect, it } from 'vitest';
import { contrastRatio, MAP_PALETTE, SHADES, THEME_BACKGROUNDS } from './palette';

describe('MAP_PALETTE', () => {
  const swatches = MAP_PALETTE.flatMap((hue) => Array.from({ length: SHADES }, (_, shade) => [`${hue.name} shade ${shade}`, hue.light[shade]!, hue.dark[shade]!] as const));

  it.each(swatches)('%s stands out at 3:1 on both themes', (_, light, dark) => {
    expect(contrastRatio(light, THEME_BACKGROUNDS.light)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(dark, THEME_BACKGROUNDS.dark)).toBeGreaterThanOrEqual(3);
  });

  it.each(MAP_PALETTE.map((hue) => [hue.name, hue] as const))('the shades of %s differ enough to tell neighbouring categories apart', (_, hue) => {
    for (const theme of ['light', 'dark'] as const) {
      const [main, strong, soft] = hue[theme];
      expect(contrastRatio(main, strong), `${theme} main/strong`).toBeGreaterThanOrEqual(1.25);
      expect(contrastRatio(main, soft), `${theme} main/soft`).toBeGreaterThanOrEqual(1.25);
    }
  });

  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
