/** Names an FAQ document so a reader can tell it from the others on the same site. */

/** Titles that say only that a file is an FAQ, which several documents of one site share. */
const GENERIC = /^(faqs?|f\.a\.q\.?|frequently asked questions|questions and answers|q ?& ?a|ofte stilte spørsmål|spørsmål og svar)$/i;
/** Short words that are acronyms in file names (`vipps-psp-api-faq.md` → `Vipps PSP API FAQ`). */
const ACRONYMS = new Set(['api', 'faq', 'faqs', 'sdk', 'psp', 'pos', 'ui', 'ux', 'id', 'url', 'http', 'json', 'sms', 'qr', 'b2b', 'b2c', 'cli', 'ios', 'aws', 'gdpr', 'kyc', 'sso']);

/**
 * The document's title: the `title` of its metadata (front matter), unless that only says "FAQ"; then
 * its `#` heading, unless that is as generic; then the file name, read as words.
 *
 * @param fileName The file's name without `.md`, as written (`pnpm.io`, `vipps-psp-api-faq`).
 */
export function documentTitle(heading: string | undefined, metadataTitle: unknown, fileName: string): string {
  const candidates = [typeof metadataTitle === 'string' ? metadataTitle : undefined, heading].map((text) => text?.replace(/\s+/g, ' ').trim()).filter((text): text is string => !!text);
  return candidates.find((text) => !GENERIC.test(text)) ?? titleFromFileName(fileName);
}

/**
 * `vipps-psp-api-faq` → `Vipps PSP API FAQ`; `sync_tool_faq` → `Sync tool FAQ`; a name with a dot or a
 * capital is a name as its owner writes it: `pnpm.io` stays `pnpm.io`.
 */
function titleFromFileName(fileName: string): string {
  const words = fileName.split(/[-_\s]+/).filter(Boolean);
  const capitalise = (word: string) => (/^[a-z]+$/.test(word) ? word[0]!.toUpperCase() + word.slice(1) : word);
  return words.map((word, i) => (ACRONYMS.has(word.toLowerCase()) ? word.toUpperCase() : i === 0 ? capitalise(word) : word)).join(' ') || fileName;
}
