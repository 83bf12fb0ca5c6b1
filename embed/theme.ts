/**
 * The CSS custom properties a host page may set on `<faq-search>` (or any
 * ancestor) to restyle the widget, with the value used when it does not, per
 * colour scheme. The widget's stylesheet and the /embed/ page both read this list.
 */
export const CUSTOM_PROPERTIES = [
  { name: '--faq-search-font', key: 'font', light: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif', dark: '' },
  { name: '--faq-search-font-size', key: 'size', light: '16px', dark: '' },
  { name: '--faq-search-bg', key: 'bg', light: '#ffffff', dark: '#121212' },
  { name: '--faq-search-fg', key: 'fg', light: '#1a1a1a', dark: '#ececec' },
  { name: '--faq-search-muted', key: 'muted', light: '#5a5a5a', dark: '#b0b0b0' },
  { name: '--faq-search-accent', key: 'accent', light: '#1d4ed8', dark: '#93b4ff' },
  { name: '--faq-search-border', key: 'border', light: '#d9d9d9', dark: '#3a3a3a' },
  { name: '--faq-search-highlight', key: 'mark', light: '#fff1a8', dark: '#5c4b00' },
] as const satisfies readonly CustomProperty[];

export interface CustomProperty {
  name: `--faq-search-${string}`;
  /** Name of the private variable (`--_<key>`) the stylesheet uses. */
  key: string;
  light: string;
  /** Empty when the dark scheme uses the light value. */
  dark: string;
}

export type Scheme = 'light' | 'dark';

/** What an element of the host page (its root, or its body) says about the page's colour scheme. */
export interface SchemeSignals {
  /** `data-theme`, `data-color-scheme`, `data-mode` or `data-bs-theme`, the first set. */
  dataTheme: string | null;
  classes: readonly string[];
  /** The computed `color-scheme` (`normal`, `light`, `dark`, `light dark`, `only light` …). */
  colorScheme: string;
}

/** The attributes docs sites put the scheme in: Docusaurus and Starlight `data-theme`, Bootstrap `data-bs-theme`, others the rest. */
export const SCHEME_ATTRIBUTES = ['data-theme', 'data-color-scheme', 'data-mode', 'data-bs-theme'] as const;
const DARK_CLASSES = new Set(['dark', 'dark-mode', 'dark-theme', 'theme-dark']);
const LIGHT_CLASSES = new Set(['light', 'light-mode', 'light-theme', 'theme-light']);

/**
 * The scheme a host page shows, for `theme="auto"`: a `data-theme`-like attribute
 * or a `dark`/`light` class (what docs sites toggle), else a `color-scheme` that
 * names one scheme only. Undefined when the page says nothing, or follows the
 * system itself (`light dark`): the widget then follows the reader's system too.
 * Signals are read root first, then body.
 */
export function hostScheme(elements: readonly SchemeSignals[]): Scheme | undefined {
  for (const { dataTheme, classes } of elements) {
    const value = dataTheme?.toLowerCase() ?? '';
    if (/\bdark\b/.test(value)) return 'dark';
    if (/\blight\b/.test(value)) return 'light';
    if (classes.some((name) => DARK_CLASSES.has(name))) return 'dark';
    if (classes.some((name) => LIGHT_CLASSES.has(name))) return 'light';
  }
  for (const { colorScheme } of elements) {
    const schemes = colorScheme.split(/\s+/).filter((word) => word === 'light' || word === 'dark');
    if (schemes.length === 1) return schemes[0] as Scheme;
  }
  return undefined;
}
