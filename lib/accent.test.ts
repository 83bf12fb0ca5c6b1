import { describe, expect, it } from 'vitest';
import { contrastRatio } from '@/lib/map/palette';
import { accentColours, accentCss } from './accent';

describe('accentColours', () => {
  it.each(['#ff5b24', '#ffeb3b', '#0a7d4f', '#1a1a1a', '#ffffff', '#7c3aed'])('keeps buttons of %s readable in both themes', (accent) => {
    const { light, dark } = accentColours(accent);
    expect(light.brand).toBe(accent);
    expect(contrastRatio(light.accent, light.accentFg)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(light.accent, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(dark.accent, dark.accentFg)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(dark.accent, '#0f1216')).toBeGreaterThanOrEqual(3);
    // The current question's text on the tint reads as body text does; the focus ring shows on the page.
    expect(contrastRatio(light.soft, '#1b1f24')).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(dark.soft, '#e6e9ed')).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(light.focus, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(dark.focus, '#0f1216')).toBeGreaterThanOrEqual(3);
  });

  it('tints what is current with the accent, not with the default orange', () => {
    const { light, dark } = accentColours('#0a7d4f');
    const green = (hex: string) => parseInt(hex.slice(3, 5), 16) > parseInt(hex.slice(1, 3), 16);
    expect(green(light.soft) && green(dark.soft)).toBe(true);
    expect(light.soft).not.toBe('#fff1eb');
  });

  it('leaves an accent that already reads well as it is', () => {
    expect(accentColours('#0a7d4f').light.accent).toBe('#0a7d4f');
  });

  it('writes both themes as CSS variables', () => {
    expect(accentCss('#0a7d4f')).toMatch(/^:root\{--brand:#0a7d4f;--color-brand:#0a7d4f;--accent:#0a7d4f;--accent-fg:#ffffff;--accent-soft:#[0-9a-f]{6};--focus:#0a7d4f\}@media \(prefers-color-scheme: dark\)\{:root\{--accent:#[0-9a-f]{6};--accent-fg:#[0-9a-f]{6};--accent-soft:#[0-9a-f]{6};--focus:#[0-9a-f]{6}\}\}$/);
  });
});
