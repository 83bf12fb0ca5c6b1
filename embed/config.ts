import { didYouMean } from '@/lib/content/did-you-mean';

/** Colour scheme of the widget; `auto` follows the host page's scheme, else the reader's system setting. */
export type Theme = 'light' | 'dark' | 'auto';

/** The attributes `<faq-search>` reads, in the order the /embed/ page documents them. */
export const ATTRIBUTES = ['placeholder', 'theme', 'max-results', 'category', 'query', 'target'] as const;

export type AttributeName = (typeof ATTRIBUTES)[number];

/** What the element's attributes mean once read. */
export interface EmbedConfig {
  placeholder: string;
  theme: Theme;
  maxResults: number;
  /** Category id to search in; `undefined` searches every category. Checked against the index once it loads. */
  category: string | undefined;
  /** Text to search for as soon as the element appears; empty for none. */
  query: string;
  /** Browsing context result links open in. */
  target: string;
}

export const DEFAULT_CONFIG: EmbedConfig = {
  placeholder: 'Search the FAQ',
  theme: 'auto',
  maxResults: 8,
  category: undefined,
  query: '',
  target: '_self',
};

/** Bounds of `max-results`: more than a screenful of options is a results page, not a combobox. */
export const MAX_RESULTS_RANGE = { min: 1, max: 20 } as const;

const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];
const TARGET_KEYWORDS = ['_self', '_blank', '_parent', '_top'];
/** Longer queries are cut by the searcher anyway; this keeps a pasted log from filling the input. */
const MAX_QUERY = 10_000;

/** One attribute read: the value to use, and what the page author should fix when the attribute is wrong. */
export type AttributeReading<K extends keyof EmbedConfig> =
  | { type: 'ok'; value: EmbedConfig[K] }
  | { type: 'invalid'; value: EmbedConfig[K]; problem: string };

/** Reads every attribute; `get` returns an attribute's value or `null` when it is absent. */
export function parseConfig(get: (name: AttributeName) => string | null): { config: EmbedConfig; problems: Map<AttributeName, string> } {
  const problems = new Map<AttributeName, string>();
  const take = <K extends keyof EmbedConfig>(name: AttributeName, reading: AttributeReading<K>): EmbedConfig[K] => {
    if (reading.type === 'invalid') problems.set(name, reading.problem);
    return reading.value;
  };
  const config: EmbedConfig = {
    placeholder: take('placeholder', parsePlaceholder(get('placeholder'))),
    theme: take('theme', parseTheme(get('theme'))),
    maxResults: take('max-results', parseMaxResults(get('max-results'))),
    category: take('category', parseCategory(get('category'))),
    query: take('query', parseQuery(get('query'))),
    target: take('target', parseTarget(get('target'))),
  };
  return { config, problems };
}

export function parsePlaceholder(raw: string | null): AttributeReading<'placeholder'> {
  return { type: 'ok', value: raw === null ? DEFAULT_CONFIG.placeholder : raw };
}

export function parseTheme(raw: string | null): AttributeReading<'theme'> {
  if (raw === null || raw === '') return { type: 'ok', value: DEFAULT_CONFIG.theme };
  const value = raw.trim().toLowerCase();
  if ((THEMES as readonly string[]).includes(value)) return { type: 'ok', value: value as Theme };
  return {
    type: 'invalid',
    value: DEFAULT_CONFIG.theme,
    problem: `theme=${quote(raw)} is not a theme; use "light", "dark" or "auto". Using "auto" (the host page's colour scheme, else the reader's system setting).`,
  };
}

export function parseMaxResults(raw: string | null): AttributeReading<'maxResults'> {
  const fallback = DEFAULT_CONFIG.maxResults;
  if (raw === null || raw.trim() === '') return { type: 'ok', value: fallback };
  const { min, max } = MAX_RESULTS_RANGE;
  if (!/^\s*\d+\s*$/.test(raw)) {
    return { type: 'invalid', value: fallback, problem: `max-results=${quote(raw)} is not a whole number; use a number from ${min} to ${max}. Showing ${fallback}.` };
  }
  const value = Number(raw);
  if (value < min || value > max) {
    const clamped = Math.min(max, Math.max(min, value));
    return { type: 'invalid', value: clamped, problem: `max-results=${quote(raw)} is out of range; use a number from ${min} to ${max}. Showing ${clamped}.` };
  }
  return { type: 'ok', value };
}

export function parseCategory(raw: string | null): AttributeReading<'category'> {
  const value = raw?.trim();
  return { type: 'ok', value: value ? value : undefined };
}

export function parseQuery(raw: string | null): AttributeReading<'query'> {
  return { type: 'ok', value: (raw ?? '').slice(0, MAX_QUERY) };
}

export function parseTarget(raw: string | null): AttributeReading<'target'> {
  if (raw === null || raw.trim() === '') return { type: 'ok', value: DEFAULT_CONFIG.target };
  const value = raw.trim();
  const keyword = value.toLowerCase();
  if (TARGET_KEYWORDS.includes(keyword)) return { type: 'ok', value: keyword };
  // Any other name is a named window or frame, as for <a target>; only `_…` words are reserved.
  if (!value.startsWith('_') && !/\s/.test(value)) return { type: 'ok', value };
  return {
    type: 'invalid',
    value: DEFAULT_CONFIG.target,
    problem: `target=${quote(raw)} is not a link target; use "_self" (this tab), "_blank" (a new tab), "_parent", "_top" or a window name. Using "_self".`,
  };
}

/**
 * What to tell the page author when `category` names no category of the
 * loaded index, or `undefined` when it is fine (or not set).
 */
export function checkCategory(category: string | undefined, categories: readonly (readonly [id: string, title: string])[]): string | undefined {
  if (category === undefined) return undefined;
  const ids = categories.map(([id]) => id);
  if (ids.includes(category)) return undefined;
  // Authors often paste the title or a link to the category page instead of its id.
  const byTitle = categories.find(([, title]) => title.toLowerCase() === category.toLowerCase());
  const fromUrl = /\/c\/([^/?#]+)/.exec(category)?.[1];
  const suggestion = byTitle?.[0] ?? (fromUrl && ids.includes(fromUrl) ? fromUrl : undefined) ?? didYouMean(category.toLowerCase(), ids);
  const hint = suggestion ? `did you mean category="${suggestion}"? ` : '';
  return `category=${quote(category)} is not a category of this FAQ; ${hint}Use one of: ${ids.join(', ')}. Searching every category.`;
}

function quote(raw: string): string {
  return JSON.stringify(raw.length > 60 ? `${raw.slice(0, 60)}…` : raw);
}
