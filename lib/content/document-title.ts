/** Names an FAQ document so a reader can tell it from the others on the same site. */

/** Titles that say only that a file is an FAQ, which several documents of one site share. */
const GENERIC = /^(faqs?|f\.a\.q\.?|frequently asked questions|questions and answers|q ?& ?a|ofte stilte spørsmål|spørsmål og svar)$/i;
/** Short words that are acronyms in file names (`vipps-psp-api-faq.md` → `Vipps PSP API FAQ`). */
const ACRONYMS = new Set(['api', 'faq', 'faqs', 'sdk', 'psp', 'pos', 'ui', 'ux', 'id', 'url', 'http', 'json', 'sms', 'qr', 'b2b', 'b2c', 'cli', 'ios', 'aws', 'gdpr', 'kyc', 'sso']);

/**
 * The document's title: its `#` heading, unless that only says "FAQ"; then the
 * metadata `title`, unless that is as generic; then the file name in words.
 */
export function documentTitle(heading: string | undefined, metadataTitle: unknown, fileId: string): string {
  const candidates = [heading, typeof metadataTitle === 'string' ? metadataTitle : undefined].map((text) => text?.replace(/\s+/g, ' ').trim()).filter((text): text is string => !!text);
  return candidates.find((text) => !GENERIC.test(text)) ?? titleFromFileId(fileId);
}

/** `vipps-psp-api-faq` → `Vipps PSP API FAQ`. */
function titleFromFileId(fileId: string): string {
  const words = fileId.split(/[-_\s]+/).filter(Boolean);
  return words.map((word, i) => (ACRONYMS.has(word.toLowerCase()) ? word.toUpperCase() : i === 0 ? word[0]!.toUpperCase() + word.slice(1) : word)).join(' ') || fileId;
}
