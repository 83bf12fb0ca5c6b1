/** The site's own settings (`content/site.yaml`): which FAQ document is primary. */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { VFile } from 'vfile';
import { editDistance } from './did-you-mean';

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
  const lineCounter = new LineCounter();
  const doc = parseDocument(String(file.value), { lineCounter, prettyErrors: false });
  const placeOf = (offset: number | undefined) => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return { line, column: col };
  };
  const error = doc.errors[0];
  if (error) {
    file.message(`Cannot read YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`, {
      place: placeOf(error.pos[0]),
      ruleId: 'malformed-site-settings',
      source: 'site',
    }).fatal = true;
    return {};
  }
  if (doc.contents === null) return {};
  if (!isMap(doc.contents)) {
    file.message('Site settings are `key: value` lines, such as `primary: faq.md`', { place: placeOf(doc.contents.range?.[0]), ruleId: 'malformed-site-settings', source: 'site' }).fatal = true;
    return {};
  }
  const settings: SiteSettings = {};
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const place = placeOf(isScalar(pair.key) ? pair.key.range?.[0] : undefined);
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
    const suggestion = documents.map((d) => [d, editDistance(name.toLowerCase(), d.toLowerCase())] as const).sort((a, b) => a[1] - b[1])[0];
    const hint = suggestion && suggestion[1] <= Math.max(2, Math.ceil(name.length / 3)) ? `; did you mean \`${suggestion[0]}\`?` : `; the documents are ${documents.map((d) => `\`${d}\``).join(', ')}`;
    file.message(`\`primary: ${value}\` names no file in content/faq${hint}`, {
      place: placeOf(isScalar(pair.value) ? pair.value.range?.[0] : undefined),
      ruleId: 'unknown-primary',
      source: 'site',
    }).fatal = true;
  }
  return settings;
}
