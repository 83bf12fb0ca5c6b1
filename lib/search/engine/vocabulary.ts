import { editDistance } from './fuzzy';

/** The index's terms, for prefix and typo-tolerant look-up of query words. */
export interface Vocabulary {
  has(term: string): boolean;
  /** Document frequency of a term. */
  df(term: string): number;
  /** Terms that start with `prefix` (longer than it), most frequent first. */
  withPrefix(prefix: string, limit: number): string[];
  /** Terms within `max` edits of `term`, with their distance. */
  near(term: string, max: number): { term: string; distance: number }[];
}

/** Builds a vocabulary from each term's document frequency. */
export function createVocabulary(df: Map<string, number>): Vocabulary {
  // Quantity keys (`#day`) are matched by what a query states, never completed or corrected into.
  const sorted = [...df.keys()].filter((term) => !term.startsWith('#')).sort();
  const byLength = new Map<number, string[]>();
  for (const term of sorted) {
    const list = byLength.get(term.length);
    if (list) list.push(term);
    else byLength.set(term.length, [term]);
  }
  /** Prefix scans stop here, so a one-letter prefix in a large knowledge base stays cheap. */
  const SCAN_LIMIT = 400;

  return {
    has: (term) => df.has(term),
    df: (term) => df.get(term) ?? 0,
    withPrefix(prefix, limit) {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid]! < prefix) lo = mid + 1;
        else hi = mid;
      }
      const found: string[] = [];
      for (let i = lo; i < sorted.length && found.length < SCAN_LIMIT; i++) {
        const term = sorted[i]!;
        if (!term.startsWith(prefix)) break;
        if (term !== prefix) found.push(term);
      }
      return found.sort((a, b) => (df.get(b) ?? 0) - (df.get(a) ?? 0) || a.length - b.length).slice(0, limit);
    },
    near(term, max) {
      const found: { term: string; distance: number }[] = [];
      for (let length = term.length - max; length <= term.length + max; length++) {
        for (const candidate of byLength.get(length) ?? []) {
          // Typos rarely touch both of the first two letters; checking them first skips most of the scan.
          if (candidate[0] !== term[0] && candidate[1] !== term[1] && candidate[0] !== term[1]) continue;
          const distance = editDistance(term, candidate, max);
          if (distance <= max) found.push({ term: candidate, distance });
        }
      }
      return found;
    },
  };
}
