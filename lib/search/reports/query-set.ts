/** Reads a relevance query file (`queries/*.tsv`): its cases, the FAQ it is judged on, and whether it is kept blind. */

/**
 * - `blind`: a held-out set; benchmarks report its totals only, so nobody tunes against its queries.
 * - `regression`: answers that must stay first; failures are listed.
 * - `dev`: a development set; failures are listed.
 */
export type QuerySetKind = 'dev' | 'regression' | 'blind';

export interface QueryCase {
  query: string;
  /** Acceptable question ids, best first. */
  accept: string[];
  /** 1-based line in the file, for messages. */
  line: number;
}

export interface QuerySet {
  kind: QuerySetKind;
  /**
   * From a `# faq: <path>` header line: the one markdown file, relative to the repository root, the set is
   * judged on. Absent: the site's `content/`.
   */
  faq?: string;
  /** Line of the `# faq:` directive, for messages. */
  faqLine?: number;
  cases: QueryCase[];
}

const DIRECTIVE = /^#\s*faq:\s*(.*?)\s*$/i;
const BLIND = /\b(?:held[- ]?out|holdout|blind)\b/i;
const KEPT_BLIND = /\bkept blind\b/i;
const REGRESSION = /\bregression\b/i;

/**
 * Parses a query file: `query<TAB>id,id,…` lines; lines starting with `#` are comments. The header is the
 * comments before the first query. A set is blind when its file name or the header's first line (what the
 * file is) says held-out, holdout or blind, or any header line says "kept blind"; a header that only mentions
 * another held-out set, or says the queries were written blind, leaves a development set as it is. It is
 * a regression set when its name or first line says regression.
 *
 * @param name The file's name or path, which may say what kind of set it is (`holdout-2.tsv`).
 */
export function parseQuerySet(text: string, name: string): QuerySet {
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  const header: string[] = [];
  const set: QuerySet = { kind: 'dev', cases: [] };
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    if (line.startsWith('#')) {
      const directive = DIRECTIVE.exec(line);
      if (set.cases.length === 0 && directive) {
        set.faq = directive[1];
        set.faqLine = i + 1;
      } else if (set.cases.length === 0) header.push(line.replace(/^#\s*/, ''));
      return;
    }
    const [query = '', ids = ''] = line.split('\t');
    set.cases.push({ query, accept: ids.split(',').map((id) => id.trim()).filter(Boolean), line: i + 1 });
  });
  const fileName = name.split('/').pop() ?? name;
  const title = header[0] ?? '';
  if (BLIND.test(fileName) || BLIND.test(title) || header.some((line) => KEPT_BLIND.test(line))) set.kind = 'blind';
  else if (REGRESSION.test(fileName) || REGRESSION.test(title)) set.kind = 'regression';
  return set;
}
