/**
 * Category colours for the knowledge map, one pair per slot: a dark shade for
 * the light theme and a light shade for the dark theme, each at least 3:1
 * against that theme's `--bg` (WCAG 1.4.11, non-text contrast). Categories
 * take the slots in order and wrap around after the last.
 */
export const CATEGORY_PALETTE: readonly { name: string; light: string; dark: string }[] = [
  { name: 'blue', light: '#1d4ed8', dark: '#60a5fa' },
  { name: 'red', light: '#b91c1c', dark: '#f87171' },
  { name: 'green', light: '#047857', dark: '#34d399' },
  { name: 'purple', light: '#7e22ce', dark: '#c084fc' },
  { name: 'amber', light: '#b45309', dark: '#fbbf24' },
  { name: 'cyan', light: '#0e7490', dark: '#22d3ee' },
  { name: 'pink', light: '#be185d', dark: '#f472b6' },
  { name: 'lime', light: '#4d7c0f', dark: '#a3e635' },
  { name: 'indigo', light: '#4338ca', dark: '#a5b4fc' },
  { name: 'stone', light: '#57534e', dark: '#d6d3d1' },
];

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
