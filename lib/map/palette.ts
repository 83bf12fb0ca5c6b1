/**
 * Colours for the knowledge map: ten hues, each in three shades, and each
 * shade a pair: a dark colour for the light theme and a light colour for the
 * dark theme, every one at least 3:1 against that theme's `--bg` (WCAG
 * 1.4.11, non-text contrast).
 *
 * Shade 0 is the hue's main colour; shade 1 stands further from the
 * background (darker in the light theme, lighter in the dark one) and
 * shade 2 nearer to it. A site with one FAQ gives each category a hue of its
 * own (shade 0); a site with several gives each document a hue and its
 * categories that hue's shades in turn.
 */
export const MAP_PALETTE: readonly { name: string; light: Shades; dark: Shades }[] = [
  { name: 'blue', light: ['#1d4ed8', '#1e3a8a', '#3b82f6'], dark: ['#60a5fa', '#bfdbfe', '#2563eb'] },
  { name: 'red', light: ['#b91c1c', '#7f1d1d', '#ef4444'], dark: ['#f87171', '#fecaca', '#dc2626'] },
  { name: 'green', light: ['#047857', '#064e3b', '#059669'], dark: ['#34d399', '#a7f3d0', '#047857'] },
  { name: 'purple', light: ['#7e22ce', '#581c87', '#a855f7'], dark: ['#c084fc', '#e9d5ff', '#9333ea'] },
  { name: 'amber', light: ['#b45309', '#78350f', '#d97706'], dark: ['#fbbf24', '#fde68a', '#b45309'] },
  { name: 'cyan', light: ['#0e7490', '#164e63', '#0891b2'], dark: ['#22d3ee', '#a5f3fc', '#0e7490'] },
  { name: 'pink', light: ['#be185d', '#831843', '#ec4899'], dark: ['#f472b6', '#fbcfe8', '#db2777'] },
  { name: 'lime', light: ['#4d7c0f', '#365314', '#65a30d'], dark: ['#a3e635', '#d9f99d', '#4d7c0f'] },
  { name: 'indigo', light: ['#4338ca', '#312e81', '#6366f1'], dark: ['#a5b4fc', '#e0e7ff', '#6366f1'] },
  { name: 'stone', light: ['#57534e', '#1c1917', '#78716c'], dark: ['#d6d3d1', '#f5f5f4', '#78716c'] },
];

/** A hue's main, strong and soft shade. */
type Shades = readonly [main: string, strong: string, soft: string];

/** How many shades each hue has. */
export const SHADES = 3;

/** A colour of the map: a hue (slot in MAP_PALETTE) and one of its shades. */
export interface Swatch {
  hue: number;
  shade: number;
}

/** The page backgrounds the palette is checked against (`--bg` in app/globals.css). */
export const THEME_BACKGROUNDS = { light: '#ffffff', dark: '#121212' } as const;

/** WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

function luminance(hex: string): number {
  const channel = (at: number) => {
    const value = parseInt(hex.slice(at, at + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}
