/**
 * A site's accent colour (`accent:` in site.yaml) as the page's colour variables, in both themes, so
 * that buttons and their text stay readable whatever colour a team picks: the text on the accent is
 * white or near-black, whichever reads better; in the dark theme the accent is lightened until it
 * stands out from the background as much as the default one does.
 */
import { contrastRatio } from '@/lib/map/palette';

/** The backgrounds and the text colours of app/globals.css. */
const LIGHT_BG = '#ffffff';
const DARK_BG = '#0f1216';
const LIGHT_TEXT = '#ffffff';
const DARK_TEXT = '#16191d';
/** The accent is a button's background: its text needs 4.5:1 on it, and the button 3:1 against the page. */
const TEXT_CONTRAST = 4.5;
const SHAPE_CONTRAST = 3;

export interface AccentColours {
  /** `soft`: the accent's tint behind what is current (the sidebar's question); `focus`: the focus ring. */
  light: { brand: string; accent: string; accentFg: string; soft: string; focus: string };
  dark: { accent: string; accentFg: string; soft: string; focus: string };
}

export function accentColours(accent: string): AccentColours {
  const light = towards(accent, '#000000', (colour) => contrastRatio(colour, LIGHT_BG) >= SHAPE_CONTRAST && bestText(colour).ratio >= TEXT_CONTRAST);
  const dark = towards(accent, '#ffffff', (colour) => contrastRatio(colour, DARK_BG) >= SHAPE_CONTRAST && bestText(colour).ratio >= TEXT_CONTRAST);
  // The tints sit as far from the background as the default ones do (#fff1eb, #35201a); the dark focus
  // ring is lighter than the accent, as the default #ffb38a is.
  return {
    light: { brand: accent, accent: light, accentFg: bestText(light).text, soft: mix(light, LIGHT_BG, 0.93), focus: light },
    dark: { accent: dark, accentFg: bestText(dark).text, soft: mix(dark, DARK_BG, 0.85), focus: mix(dark, '#ffffff', 0.3) },
  };
}

/** The CSS that sets them: `:root` for the light theme, the `prefers-color-scheme: dark` block for the dark one. */
export function accentCss(accent: string): string {
  const { light, dark } = accentColours(accent);
  return (
    `:root{--brand:${light.brand};--color-brand:${light.brand};--accent:${light.accent};--accent-fg:${light.accentFg};--accent-soft:${light.soft};--focus:${light.focus}}` +
    `@media (prefers-color-scheme: dark){:root{--accent:${dark.accent};--accent-fg:${dark.accentFg};--accent-soft:${dark.soft};--focus:${dark.focus}}}`
  );
}

function bestText(background: string): { text: string; ratio: number } {
  const light = contrastRatio(background, LIGHT_TEXT);
  const dark = contrastRatio(background, DARK_TEXT);
  return light >= dark ? { text: LIGHT_TEXT, ratio: light } : { text: DARK_TEXT, ratio: dark };
}

/** `colour` moved towards `target` in steps of 5 % until `good` holds (or all the way). */
function towards(colour: string, target: string, good: (colour: string) => boolean): string {
  for (let step = 0; step <= 20; step++) {
    const mixed = mix(colour, target, step / 20);
    if (good(mixed)) return mixed;
  }
  return target;
}

function mix(a: string, b: string, amount: number): string {
  const channel = (hex: string, at: number) => parseInt(hex.slice(at, at + 2), 16);
  return `#${[1, 3, 5]
    .map((at) => Math.round(channel(a, at) * (1 - amount) + channel(b, at) * amount).toString(16).padStart(2, '0'))
    .join('')}`;
}
