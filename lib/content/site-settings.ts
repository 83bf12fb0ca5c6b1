/**
 * The site's own settings (`site.yaml`): its name and words, where it is served, how it looks, and which
 * FAQ document is primary. Every key is optional; each is checked by a schema, and a mistake is a message
 * at the line and column where it is written, saying what to write instead.
 */
import type { VFile } from 'vfile';
import { isMap, isScalar, isSeq, type Document } from 'yaml';
import { z } from 'zod';
import { parseYamlFile } from '@/lib/yaml-file';
import { didYouMean } from './did-you-mean';
import { reportOn } from './report';

export const SITE_SETTINGS_FILE = 'site.yaml';

const text = z.union([z.string(), z.number()]).transform((value) => String(value).trim()).pipe(z.string().min(1, 'needs a text value'));
const webAddress = z
  .string()
  .trim()
  .regex(/^https?:\/\/[^\s/]+[^\s]*$/i, 'needs a web address that starts with https://')
  .transform((url) => url.replace(/\/+$/, ''));
/** A file in the content folder (`logo.svg`), never outside it. */
const contentFile = z
  .string()
  .trim()
  .regex(/^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[\w./-]+\.(?:svg|png|ico|jpe?g|webp)$/i, 'needs a file in the content folder, such as `logo.svg` (svg, png, ico, jpg or webp)');

const SCHEMA = z
  .object({
    name: text.describe('the site’s name: the header, every page title, link previews'),
    title: text.describe('the home page’s heading'),
    tagline: text.describe('the line under the home page’s heading'),
    description: text.describe('what the site is for, in a sentence: link previews and search engines'),
    url: webAddress.describe('where the site is published: canonical links, the sitemap, the embed snippet'),
    basePath: z
      .string()
      .trim()
      .regex(/^(?:\/[\w.-]+)+\/?$|^\/?$/, 'needs a path such as `/faq` (GitHub Pages serves a project at `/<repository>`)')
      .transform((path) => path.replace(/\/+$/, '')),
    logo: contentFile,
    favicon: contentFile,
    accent: z.string().trim().regex(/^#[0-9a-f]{6}$/i, 'needs a colour as `#rrggbb`, such as `#ff5b24`'),
    footer: z.array(z.object({ label: text, url: webAddress }).strict()),
    language: z.string().trim().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'needs a language tag, such as `en` or `nb`'),
    repository: webAddress,
    editUrl: webAddress,
    primary: text,
    documentTitles: z.record(z.string(), text),
  })
  .partial()
  .strict();

export type SiteSettings = z.output<typeof SCHEMA>;

const KEYS = Object.keys(SCHEMA.shape) as (keyof SiteSettings)[];

/**
 * Reads `site.yaml`. `documents` are the file names in `faq/`: `primary` and `documentTitles` that name
 * no file are warnings (the build goes on without them), with a did-you-mean.
 */
export function parseSiteSettings(file: VFile, documents: string[]): SiteSettings {
  const yaml = parseYamlFile(file, { source: 'site' });
  if (!yaml) return {};
  const { doc, placeOf } = yaml;
  if (doc.contents === null) return {};
  const report = (path: PropertyKey[], reason: string, ruleId: string, severity: 'error' | 'warning' = 'error', onKey = false) =>
    reportOn(file, placeOf(nodeAt(doc, path, onKey)), reason, { ruleId, source: 'site', severity });
  if (!isMap(doc.contents)) {
    report([], 'Site settings are `key: value` lines, such as `name: Acme help`', 'malformed-site-settings');
    return {};
  }
  const raw = doc.toJS() as Record<string, unknown>;
  for (const key of Object.keys(raw)) {
    if ((KEYS as string[]).includes(key)) continue;
    const suggestion = didYouMean(key, KEYS);
    report([key], `Unknown site setting \`${key}\`${suggestion ? `; did you mean \`${suggestion}\`?` : ''} The settings are ${KEYS.map((k) => `\`${k}\``).join(', ')}`, 'unknown-site-setting', 'warning', true);
    delete raw[key];
  }
  const result = SCHEMA.safeParse(raw);
  const settings: SiteSettings = {};
  const bad = new Set<string>();
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = String(issue.path[0]);
      bad.add(key);
      report(issue.path, `\`${issue.path.join('.')}\` ${explain(issue, key)}`, 'malformed-site-settings');
    }
  }
  // Every setting that is right is kept, so one mistake does not undo the rest.
  for (const key of KEYS) {
    if (!(key in raw) || bad.has(key)) continue;
    const one = SCHEMA.pick({ [key]: true } as { [K in keyof SiteSettings]: true }).safeParse({ [key]: raw[key] });
    if (one.success) Object.assign(settings, one.data);
  }
  return checkDocuments(settings, documents, report);
}

/** `primary` and `documentTitles` name files of `faq/`; one that is not there is a warning, and left out. */
function checkDocuments(settings: SiteSettings, documents: string[], report: (path: PropertyKey[], reason: string, ruleId: string, severity: 'error' | 'warning', onKey?: boolean) => void): SiteSettings {
  const find = (name: string) => documents.find((document) => document.toLowerCase() === (name.split('/').pop() ?? name).toLowerCase());
  const hint = (name: string) => {
    const suggestion = didYouMean(name.split('/').pop() ?? name, documents);
    return suggestion ? `did you mean \`${suggestion}\`?` : documents.length > 0 ? `the documents are ${documents.map((d) => `\`${d}\``).join(', ')}` : 'there are no FAQ files yet';
  };
  const checked: SiteSettings = { ...settings };
  if (settings.primary !== undefined) {
    const known = find(settings.primary);
    if (known) checked.primary = known;
    else {
      delete checked.primary;
      report(['primary'], `\`primary: ${settings.primary}\` names no file in faq/, so the file that sorts first is primary; ${hint(settings.primary)}`, 'unknown-primary', 'warning');
    }
  }
  if (settings.documentTitles) {
    const titles: Record<string, string> = {};
    for (const [name, title] of Object.entries(settings.documentTitles)) {
      const known = find(name);
      if (known) titles[known] = title;
      else report(['documentTitles', name], `\`${name}\` names no file in faq/, so its title is not used; ${hint(name)}`, 'unknown-document', 'warning', true);
    }
    checked.documentTitles = titles;
  }
  return checked;
}

/** What a schema issue means, in the words of someone editing the file. */
function explain(issue: z.core.$ZodIssue, key: string): string {
  if (issue.code === 'invalid_type' || issue.code === 'invalid_union') {
    if (key === 'footer') return issue.path.length === 1 ? 'lists links, one `- label: …` and `url: …` pair each' : 'needs `label:` and `url:`';
    if (key === 'documentTitles') return 'lists `file.md: Title` lines, indented under it';
    return `needs a text value, such as \`${String(issue.path.at(-1))}: …\``;
  }
  if (issue.code === 'unrecognized_keys') return `has unknown keys ${issue.keys.map((k) => `\`${k}\``).join(', ')}; a footer link has \`label:\` and \`url:\``;
  return issue.message;
}

/** The node a path leads to (its key, with `onKey`), or the nearest one above it that is written; an empty value is placed at its key. */
function nodeAt(doc: Document.Parsed, path: readonly PropertyKey[], onKey = false): unknown {
  let node: unknown = doc.contents;
  for (const [i, step] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(step));
      if (!pair) break;
      const empty = pair.value === null || (isScalar(pair.value) && pair.value.value === null);
      node = (onKey && i === path.length - 1) || empty ? pair.key : pair.value;
    } else if (isSeq(node) && typeof step === 'number' && node.items[step]) {
      node = node.items[step];
    } else break;
  }
  return node;
}
