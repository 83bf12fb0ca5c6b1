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
