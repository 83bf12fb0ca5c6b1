import { Index } from './flexsearch';
import { tokenize, type Token } from './normalize';
import type { ExactField, IndexedQuestion, SearchIndexData } from './types';

/**
 * FlexSearch is the index. Each field of a question has its own FlexSearch
 * `Index`, filled with the keys below:
 *
 * - exact fields (`title`, `symptoms`, `phrasings`, `body`, `category`), `tokenize: 'strict'`: one key per
 *   stemmed term. How strongly a field holds a term is spelt into extra keys, so a plain
 *   `search()` answers it: `term~` when the term only occurs inside an identifier
 *   (`unauthorized` in `unauthorized_client`), and in the body `term+` / `term++` / `term+++` when it
 *   occurs at least 2 / 4 / 8 times. They are built at build time and shipped in a compact form of
 *   our own (`encodePostings`), which the browser turns into FlexSearch's map entries.
 * - prefix fields (`titlePrefix`, `symptomsPrefix`, `categoryPrefix`), `tokenize: 'forward'`:
 *   the folded, unstemmed words, so FlexSearch's forward tokenizer finds every question
 *   with a word starting with what is being typed. Every start of every word is a key, so
 *   shipping them cost more than the titles they come from: the browser adds the titles,
 *   symptom labels and category titles it already has instead.
 *
 * Ids are question numbers (category numbers in the category fields). Terms arrive
 * already normalised by `tokenize`, so the encoder only splits on spaces, in the build
 * and in the browser alike.
 */
export const EXACT_FIELDS = ['title', 'symptoms', 'phrasings', 'body', 'category'] as const satisfies readonly ExactField[];
export const PREFIX_FIELDS = ['titlePrefix', 'symptomsPrefix', 'categoryPrefix'] as const;
export type PrefixField = (typeof PREFIX_FIELDS)[number];

/** Suffixes of the strength keys; `tokenize` never puts them in a term. */
export const PART_ONLY = '~';
export const TWICE = '+';
export const FOUR_TIMES = '++';
export const EIGHT_TIMES = '+++';
/** The strength keys of a term, weakest first: the level of a posting is the index of its suffix here. */
const LEVELS = ['', TWICE, FOUR_TIMES, EIGHT_TIMES];

/** One slot per key: the layer on top does the ranking, so FlexSearch's positional slots would only cost bytes. */
const RESOLUTION = 1;
const encode = (keys: string): string[] => keys.split(' ').filter(Boolean);

function createIndex(forward: boolean): Index {
  return new Index({ tokenize: forward ? 'forward' : 'strict', encode, resolution: RESOLUTION });
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

/**
 * Build time: one field's keys per question (`exactKeys`) as the shipped string. A term and
 * the questions holding it, `term ids`, entries sorted by term and joined by `;`. Ids are
 * base-36 gaps from the previous id; each carries its strength: `+`, `++`, `+++` for the
 * count keys it has, `~` when the term is only part of identifiers there.
 * `refund 0,3+,a++` : question 0 once, question 3 at least twice, question 13 at least four times.
 */
export function encodePostings(keysById: string[][]): string {
  const byTerm = new Map<string, Map<number, string>>();
  keysById.forEach((keys, id) => {
    for (const key of keys) {
      const [, term = key, suffix = ''] = /^(.*?)(\++|~)?$/.exec(key) ?? [];
      let ids = byTerm.get(term);
      if (!ids) byTerm.set(term, (ids = new Map()));
      const current = ids.get(id);
      if (current === undefined || suffix.length > current.length) ids.set(id, suffix);
    }
  });
  return [...byTerm]
    .sort(([a], [b]) => compareKeys(a, b))
    .map(([term, ids]) => {
      const sorted = [...ids].sort(([a], [b]) => a - b);
      return `${term} ${encodeIds(sorted.map(([id]) => id), sorted.map(([, suffix]) => suffix))}`;
    })
    .join(';');
}

/** Ids in order as base-36 gaps, each followed by its suffix (`+`, `~`, …) if given: one key's list as shipped. */
export function encodeIds(ids: readonly number[], suffixes?: readonly string[]): string {
  let previous = 0;
  return ids
    .map((id, i) => {
      const gap = id - previous;
      previous = id;
      return gap.toString(36) + (suffixes?.[i] ?? '');
    })
    .join(',');
}

/** Code-unit order: how keys are shipped, and how the browser's binary search over them reads. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One field's postings read back: each FlexSearch key (`term`, `term+`, `term~`, …) with its ids in order. */
export function decodePostings(encoded: string): Map<string, number[]> {
  const keys = new Map<string, number[]>();
  const add = (key: string, id: number) => {
    const ids = keys.get(key);
    if (ids) ids.push(id);
    else keys.set(key, [id]);
  };
  // A hand-written scan: this runs over every posting of the FAQ when search loads.
  let at = 0;
  const end = encoded.length;
  while (at < end) {
    const space = encoded.indexOf(' ', at);
    if (space < 0) break;
    const term = encoded.slice(at, space);
    at = space + 1;
    let id = 0;
    while (at < end) {
      let gap = 0;
      let code = encoded.charCodeAt(at);
      while (at < end && ((code >= 48 && code <= 57) || (code >= 97 && code <= 122))) {
        gap = gap * 36 + (code <= 57 ? code - 48 : code - 87);
        code = encoded.charCodeAt(++at);
      }
      id += gap;
      if (code === 126) {
        add(term + PART_ONLY, id);
        code = encoded.charCodeAt(++at);
      } else {
        let level = 0;
        while (code === 43) {
          level++;
          code = encoded.charCodeAt(++at);
        }
        for (let l = 0; l <= level && l < LEVELS.length; l++) add(term + LEVELS[l], id);
      }
      at++;
      if (code === 59) break;
    }
  }
  return keys;
}

/** Every exact field's postings read back, once per searcher. */
export type DecodedPostings = Record<ExactField, Map<string, number[]>>;

export function decodeFields(postings: SearchIndexData['postings']): DecodedPostings {
  const decoded = {} as DecodedPostings;
  for (const field of EXACT_FIELDS) decoded[field] = decodePostings(postings[field] ?? '');
  return decoded;
}

/** The browser's side: a FlexSearch index per field, of which search only asks `search()`. */
export type FlexIndexes = Record<ExactField | PrefixField, Pick<Index, 'search'>>;

/** A FlexSearch index for a field: strict for the exact fields, forward for the prefix fields. */
export function createFlexIndex(field: ExactField | PrefixField): Index {
  return createIndex((PREFIX_FIELDS as readonly string[]).includes(field));
}

/** Adds keys and their ids to an index, as FlexSearch's map entries (synchronous for an in-memory Index). */
export function importKeys(index: Index, keys: Iterable<[key: string, ids: number[]]>): void {
  // `import` takes a parsed map chunk, `[key, slots of ids][]`, as well as its JSON text, and adds it to what is there.
  const chunk = [...keys].map(([key, ids]) => [key, [ids]]);
  if (chunk.length > 0) index.import('map', chunk as unknown as string);
}

/** The FlexSearch indexes of a whole index: the exact fields from its postings, the prefix fields from its texts. */
export function importFlexIndexes(
  data: Pick<SearchIndexData, 'postings' | 'questions' | 'categories'>,
  decoded: DecodedPostings = decodeFields(data.postings),
): FlexIndexes {
  const indexes = {} as Record<ExactField | PrefixField, Index>;
  for (const field of EXACT_FIELDS) importKeys((indexes[field] = createFlexIndex(field)), decoded[field]);
  const texts = prefixTexts(data);
  for (const field of PREFIX_FIELDS) importKeys((indexes[field] = createFlexIndex(field)), forwardEntries(texts[field]));
  return indexes;
}

/** The texts whose word starts fill each prefix field: titles, symptom labels, category titles. */
export function prefixTexts(data: Pick<SearchIndexData, 'questions' | 'categories'>): Record<PrefixField, string[]> {
  return {
    titlePrefix: data.questions.map((question) => question.t),
    symptomsPrefix: data.questions.map(symptomText),
    categoryPrefix: data.categories.map(([, title]) => title),
  };
}

/**
 * The map entries FlexSearch's forward tokenizer would make of the texts: every start of every
 * word, with the ids of the texts holding it. Made here and imported, as `add()` would take
 * several times as long for the same entries.
 */
export function forwardEntries(texts: string[]): Map<string, number[]> {
  const byStart = new Map<string, number[]>();
  texts.forEach((text, id) => {
    for (const word of prefixKeys(tokenize(text))) {
      for (let length = 1; length <= word.length; length++) {
        const start = word.slice(0, length);
        const ids = byStart.get(start);
        if (!ids) byStart.set(start, [id]);
        else if (ids[ids.length - 1] !== id) ids.push(id);
      }
    }
  });
  return byStart;
}

/** The symptoms of a question as one searchable text; `;` keeps neighbouring labels from reading as one phrase. */
export function symptomText(question: Pick<IndexedQuestion, 's'>): string {
  return question.s.map(([label]) => label).join(' ; ');
}

/** The phrasings of a question as one searchable text. */
export function phrasingText(question: IndexedQuestion): string {
  return (question.f ?? []).join(' ; ');
}

/**
 * The exact terms in the shipped postings with the number of questions (or categories)
 * holding each, for typo and prefix look-ups of query words. Read once from the data,
 * so the browser never tokenises the answers.
 */
export function indexedTerms(decoded: DecodedPostings): Map<string, number> {
  const df = new Map<string, number>();
  for (const field of EXACT_FIELDS) {
    for (const [key, ids] of decoded[field]) {
      if (key.endsWith(TWICE)) continue;
      const term = key.endsWith(PART_ONLY) ? key.slice(0, -PART_ONLY.length) : key;
      df.set(term, Math.max(df.get(term) ?? 0, ids.length));
    }
  }
  return df;
}
