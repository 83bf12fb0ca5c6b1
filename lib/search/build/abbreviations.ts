/**
 * Abbreviations an FAQ defines in its own text: `Merchant Serial Number (MSN)`, `MSN (Merchant Serial
 * Number)`, `pull request (PR)`. Each becomes a pair the search treats like a glossary group, so the
 * short form finds answers that only write the long one and back, on any FAQ, with no glossary entry.
 *
 * The long form is found as Schwartz and Hearst do ("A simple algorithm for identifying abbreviation
 * definitions in biomedical text", 2003): the shortest run of words before the brackets whose letters
 * spell the short form in order, its first letter starting a word.
 */
import { normalizePhrase } from '../engine/normalize';

/** A short form: two to ten letters and digits, starting with a letter, with at least two capitals (`PR`, `MSN`, `PSD2`, `ToS`). */
const SHORT = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z][A-Za-z0-9&-]{1,9}$/;
/** `long form (SHORT)`: the words before the brackets, within one clause. */
const LONG_THEN_SHORT = /([^.;:!?()[\]\n]{2,120}?)\s*\(\s*([A-Za-z][A-Za-z0-9&-]{1,9})\s*\)/g;
/** `SHORT (long form)`. */
const SHORT_THEN_LONG = /\b([A-Za-z][A-Za-z0-9&-]{1,9})\s*\(\s*([^()\n]{4,120}?)\s*\)/g;

/**
 * The abbreviations defined in some texts, as pairs of index phrases `[short, long]`, each pair once.
 */
export function findAbbreviations(texts: Iterable<string>): string[][] {
  const pairs = new Map<string, string[]>();
  const add = (short: string, long: string | undefined) => {
    if (!long) return;
    const pair = [normalizePhrase(short), normalizePhrase(long)];
    if (!pair[0] || !pair[1] || pair[0] === pair[1] || !pair[1].includes(' ')) return;
    pairs.set(pair.join('\u0000'), pair);
  };
  for (const text of texts) {
    for (const m of text.matchAll(LONG_THEN_SHORT)) {
      if (SHORT.test(m[2]!)) add(m[2]!, longFormOf(m[2]!, m[1]!));
    }
    for (const m of text.matchAll(SHORT_THEN_LONG)) {
      if (SHORT.test(m[1]!) && /\s/.test(m[2]!)) add(m[1]!, longFormOf(m[1]!, m[2]!, true));
    }
  }
  return [...pairs.values()];
}

/**
 * The shortest end of `words` (or, when `whole`, all of them) whose letters spell `short` in order, its
 * first letter at the start of a word; undefined when they do not.
 */
export function longFormOf(short: string, words: string, whole = false): string | undefined {
  const letters = short.toLowerCase().replace(/[^a-z0-9]/g, '');
  const candidate = words.trim().split(/\s+/).slice(-(Math.min(letters.length + 5, letters.length * 2))).join(' ');
  const long = candidate.toLowerCase();
  let l = long.length - 1;
  for (let s = letters.length - 1; s >= 0; s--) {
    const c = letters[s]!;
    // The first letter of the short form starts a word of the long form; the others may be anywhere.
    while (l >= 0 && (long[l] !== c || (s === 0 && l > 0 && /[a-z0-9]/.test(long[l - 1]!)))) l--;
    if (l < 0) return undefined;
    l--;
  }
  const start = long.lastIndexOf(' ', l + 1) + 1;
  const found = candidate.slice(start).trim();
  if (whole && found.length !== candidate.trim().length) return undefined;
  // Its words: at least two, and no more than the short form has letters and a few small words between.
  const count = found.split(/\s+/).length;
  return count >= 2 && count <= letters.length + 3 ? found : undefined;
}
