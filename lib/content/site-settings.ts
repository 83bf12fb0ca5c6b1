/** The site's own settings (`content/site.yaml`): which FAQ document is primary. */
import type { VFile } from 'vfile';
import { isMap, isScalar } from 'yaml';
import { parseYamlFile } from '@/lib/yaml-file';
import { didYouMean } from './did-you-mean';

export const SITE_SETTINGS_FILE = 'site.yaml';

export interface SiteSettings {
  /** File name of the primary document; its question and category ids win over other documents'. */
  primary?: string;
}

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
    file.message('Site settings are `key: value` lines, such as `primary: faq.md`', { place: placeOf(doc.contents), ruleId: 'malformed-site-settings', source: 'site' }).fatal = true;
    return {};
  }
  const settings: SiteSettings = {};
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const place = placeOf(pair.key);
    if (key !== 'primary') {
      file.message(`Unknown site setting \`${key}\`; the settings are: \`primary\``, { place, ruleId: 'unknown-site-setting', source: 'site' });
      continue;
    }
    const value = isScalar(pair.value) ? String(pair.value.value ?? '').trim() : '';
    const name = value.split('/').pop() ?? value;
    if (documents.some((document) => document.toLowerCase() === name.toLowerCase())) {
      settings.primary = name;
      continue;
    }
    const suggestion = didYouMean(name, documents);
    const hint = suggestion ? `; did you mean \`${suggestion}\`?` : `; the documents are ${documents.map((d) => `\`${d}\``).join(', ')}`;
    file.message(`\`primary: ${value}\` names no file in content/faq${hint}`, {
      place: placeOf(pair.value),
      ruleId: 'unknown-primary',
      source: 'site',
    }).fatal = true;
  }
  return settings;
}
