/** The site's own settings (`content/site.yaml`): its title and description, and which FAQ document is primary. */
import type { VFile } from 'vfile';
import { reportOn } from './report';
import { isMap, isScalar } from 'yaml';
import { parseYamlFile } from '@/lib/yaml-file';
import { didYouMean } from './did-you-mean';

export const SITE_SETTINGS_FILE = 'site.yaml';

export interface SiteSettings {
  /** File name of the primary document; its question and category ids win over other documents'. */
  primary?: string;
  /** The home page's heading and the title every page's title ends with. */
  title?: string;
  /** What the site is for, in a sentence: the home page's lead and link previews. */
  description?: string;
  /**
   * Document titles by file name, for FAQ files kept verbatim whose own title only says "FAQ"
   * (`documentTitles: { vipps-ecom-api-faq.md: Vipps eCom API FAQ }`).
   */
  documentTitles?: Record<string, string>;
}

const KEYS = ['primary', 'title', 'description', 'documentTitles'] as const;

/**
 * Reads `content/site.yaml`. `primary` must name one of `documents` (file names
 * in content/faq); problems are errors on `file`, unknown keys warnings.
 */
export function parseSiteSettings(file: VFile, documents: string[]): SiteSettings {
  const yaml = parseYamlFile(file, { source: 'site' });
  if (!yaml) return {};
  const { doc, placeOf } = yaml;
  if (doc.contents === null) return {};
  if (!isMap(doc.contents)) {
    reportOn(file, placeOf(doc.contents), 'Site settings are `key: value` lines, such as `primary: faq.md`', { ruleId: 'malformed-site-settings', source: 'site' });
    return {};
  }
  const settings: SiteSettings = {};
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const place = placeOf(pair.key);
    if (!(KEYS as readonly string[]).includes(key)) {
      const suggestion = didYouMean(key, KEYS);
      file.message(`Unknown site setting \`${key}\`${suggestion ? `; did you mean \`${suggestion}\`?` : ''} The settings are ${KEYS.map((k) => `\`${k}\``).join(', ')}`, {
        place,
        ruleId: 'unknown-site-setting',
        source: 'site',
      });
      continue;
    }
    if (key === 'documentTitles') {
      settings.documentTitles = readDocumentTitles(pair.value, documents, file, placeOf);
      continue;
    }
    const value = isScalar(pair.value) && typeof pair.value.value === 'string' ? pair.value.value.trim() : '';
    if (!value) {
      reportOn(file, place, `\`${key}\` needs a text value, such as \`${key}: ${key === 'primary' ? 'faq.md' : '…'}\``, { ruleId: 'malformed-site-settings', source: 'site' });
      continue;
    }
    if (key !== 'primary') {
      settings[key as 'title' | 'description'] = value;
      continue;
    }
    const name = value.split('/').pop() ?? value;
    const known = documents.find((document) => document.toLowerCase() === name.toLowerCase());
    if (known) {
      settings.primary = known;
      continue;
    }
    const suggestion = didYouMean(name, documents);
    const hint = suggestion ? `; did you mean \`${suggestion}\`?` : `; the documents are ${documents.map((d) => `\`${d}\``).join(', ')}`;
    reportOn(file, placeOf(pair.value), `\`primary: ${value}\` names no file in content/faq${hint}`, { ruleId: 'unknown-primary', source: 'site' });
  }
  return settings;
}

/** `documentTitles:`, a map of file names in content/faq to titles; unknown files are errors with a did-you-mean. */
function readDocumentTitles(node: unknown, documents: string[], file: VFile, placeOf: (node: unknown) => { line: number; column: number }): Record<string, string> {
  const titles: Record<string, string> = {};
  if (!isMap(node)) {
    reportOn(file, placeOf(node), '`documentTitles` lists `file.md: Title` lines, indented under it', { ruleId: 'malformed-site-settings', source: 'site' });
    return titles;
  }
  for (const item of node.items) {
    const name = isScalar(item.key) ? String(item.key.value).split('/').pop()! : '';
    const title = isScalar(item.value) && typeof item.value.value === 'string' ? item.value.value.trim() : '';
    const known = documents.find((document) => document.toLowerCase() === name.toLowerCase());
    if (!known) {
      const suggestion = didYouMean(name, documents);
      reportOn(file, placeOf(item.key), `\`${name}\` names no file in content/faq${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`, { ruleId: 'unknown-document', source: 'site' });
    } else if (!title) {
      reportOn(file, placeOf(item.key), `\`${name}\` needs a title after the colon`, { ruleId: 'malformed-site-settings', source: 'site' });
    } else titles[known] = title;
  }
  return titles;
}

