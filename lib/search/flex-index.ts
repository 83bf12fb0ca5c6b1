import { Index } from './flexsearch';
import type { Token } from './normalize';
import type { FlexExport, FlexField } from './types';

/**
 * FlexSearch is the index. Each field of a question has its own FlexSearch
 * `Index`, filled at build time with the keys below and shipped as its export:
 *
 * - exact fields (`title`, `symptoms`, `body`, `category`), `tokenize: 'strict'`: one key per
 *   stemmed term. How strongly a field holds a term is spelt into extra keys, so a plain
 *   `search()` answers it: `term~` when the term only occurs inside an identifier
 *   (`unauthorized` in `unauthorized_client`), and in the body `term+` / `term++` / `term+++` when it
 *   occurs at least 2 / 4 / 8 times.
 * - prefix fields (`titlePrefix`, `symptomsPrefix`, `categoryPrefix`), `tokenize: 'forward'`:
 *   the folded, unstemmed words, so FlexSearch's forward tokenizer finds every question
 *   with a word starting with what is being typed.
 *
 * Ids are question numbers (category numbers in the category fields). Terms arrive
 * already normalised by `tokenize`, so the encoder only splits on spaces, in the build
 * and in the browser alike.
 */
export const EXACT_FIELDS = ['title', 'symptoms', 'body', 'category'] as const satisfies readonly FlexField[];
export const PREFIX_FIELDS = ['titlePrefix', 'symptomsPrefix', 'categoryPrefix'] as const satisfies readonly FlexField[];
export type ExactField = (typeof EXACT_FIELDS)[number];
export type PrefixField = (typeof PREFIX_FIELDS)[number];

/** Suffixes of the strength keys; `tokenize` never puts them in a term. */
export const PART_ONLY = '~';
export const TWICE = '+';
export const FOUR_TIMES = '++';
export const EIGHT_TIMES = '+++';

/** One slot per key: the layer on top does the ranking, so FlexSearch's positional slots would only cost bytes. */
const RESOLUTION = 1;
const encode = (keys: string): string[] => keys.split(' ').filter(Boolean);

function createIndex(field: FlexField): Index {
  return new Index({ tokenize: field.endsWith('Prefix') ? 'forward' : 'strict', encode, resolution: RESOLUTION });
}

/** The keys of an exact field's text: terms, and with `counts`, how often they occur. */
export function exactKeys(tokens: Token[], counts: boolean): string[] {
  const whole = new Map<string, number>();
  const parts = new Set<string>();
  for (const token of tokens) {
    if (token.stop) continue;
    if (token.part) parts.add(token.term);
    else whole.set(token.term, (whole.get(token.term) ?? 0) + 1);
  }
  const keys: string[] = [];
  for (const [term, count] of whole) {
    keys.push(term);
    if (counts && count >= 2) keys.push(term + TWICE);
    if (counts && count >= 4) keys.push(term + FOUR_TIMES);
    if (counts && count >= 8) keys.push(term + EIGHT_TIMES);
  }
  for (const term of parts) if (!whole.has(term)) keys.push(term + PART_ONLY);
  return keys;
}

/** The keys of a prefix field: each word folded but not stemmed, as people type it. */
export function prefixKeys(tokens: Token[]): string[] {
  return [...new Set(tokens.filter((token) => !token.stop).map((token) => token.folded))];
}

/** Build time: fills one FlexSearch index per field and returns their exports. */
export function buildFlexExports(entries: Record<FlexField, string[][]>): Record<FlexField, FlexExport> {
  const exports = {} as Record<FlexField, FlexExport>;
  for (const field of [...EXACT_FIELDS, ...PREFIX_FIELDS]) {
    const index = createIndex(field);
    entries[field].forEach((keys, id) => {
      if (keys.length > 0) index.add(id, keys.join(' '));
    });
    const chunks: FlexExport = [];
    // With a handler that returns nothing, FlexSearch exports synchronously.
    index.export((key, data) => {
      // The register of ids only serves updates and `contain()`; search never reads it.
      if (key.endsWith('.map')) chunks.push(JSON.parse(data) as FlexExport[number]);
    });
    exports[field] = chunks;
  }
  return exports;
}

/** The browser's side: FlexSearch indexes restored from the shipped exports, synchronously. */
export type FlexIndexes = Record<FlexField, Index>;

export function importFlexIndexes(exports: Record<FlexField, FlexExport>): FlexIndexes {
  const indexes = {} as FlexIndexes;
  for (const field of [...EXACT_FIELDS, ...PREFIX_FIELDS]) {
    const index = createIndex(field);
    // `import` takes the parsed chunk as well as its JSON text, and is synchronous for an in-memory Index.
    for (const chunk of exports[field] ?? []) index.import('map', chunk as unknown as string);
    indexes[field] = index;
  }
  return indexes;
}

/**
 * The exact terms in the shipped exports with the number of questions (or categories)
 * holding each, for typo and prefix look-ups of query words. Read once from the data,
 * so the browser never tokenises the answers.
 */
export function exportedTerms(exports: Record<FlexField, FlexExport>): Map<string, number> {
  const df = new Map<string, number>();
  for (const field of EXACT_FIELDS) {
    for (const chunk of exports[field] ?? []) {
      for (const [key, slots] of chunk) {
        if (key.endsWith(TWICE)) continue;
        const term = key.endsWith(PART_ONLY) ? key.slice(0, -PART_ONLY.length) : key;
        const count = slots.reduce((sum, ids) => sum + (ids?.length ?? 0), 0);
        df.set(term, Math.max(df.get(term) ?? 0, count));
      }
    }
  }
  return df;
}
