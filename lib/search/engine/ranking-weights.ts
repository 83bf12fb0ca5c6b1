/** Every number that decides how answers rank, with its default, so a benchmark can sweep them without editing code. */

/**
 * How search weighs evidence. `createSearcher(data, { weights })` takes any subset; the rest keep
 * their defaults (`DEFAULT_RANKING_WEIGHTS`). The defaults are tuned on the development sets (`queries/*-dev.tsv`,
 * `queries/dev.tsv`, the starter set), never on the held-out ones; those only gate a change (no blind set may lose
 * more than one query). The last sweep (issue #22) moved `body` 1 → 0.8 and `coverageFloor` 0.3 → 0.4: dev sets
 * 390 → 393 of 483 top-1; every other single weight moved by ±30% changed dev top-1 by at most 2.
 */
export interface RankingWeights {
  /** BM25F: what one occurrence of a term in the title counts. @defaultValue 5 */
  title: number;
  /** BM25F: the same in the symptoms (error codes, messages, identifiers). @defaultValue 3 */
  symptoms: number;
  /** BM25F: the same in the category title. @defaultValue 0.8 */
  category: number;
  /** BM25F: the same in the answer. @defaultValue 0.8 */
  body: number;
  /** BM25F: the same in the phrasings (other words for the question: `also asked as`, troubleshooter options, link texts). @defaultValue 3 */
  phrasings: number;
  /** BM25F: how far a long title discounts a hit, from 0 (not at all) to 1 (in proportion). @defaultValue 0.6 */
  titleLengthNorm: number;
  /** @defaultValue 0.3 */
  symptomsLengthNorm: number;
  /** @defaultValue 0.2 */
  categoryLengthNorm: number;
  /** @defaultValue 0.5 */
  bodyLengthNorm: number;
  /** @defaultValue 0.5 */
  phrasingsLengthNorm: number;
  /** BM25: how quickly repeating a term stops adding to its score. @defaultValue 1.2 */
  k1: number;
  /** A word inside an identifier (`unauthorized` in `unauthorized_client`) against the word alone. @defaultValue 0.5 */
  part: number;
  /** A whole identifier typed (`skipLandingPage`) rewards an exact hit at this share: its parts carry the query. @defaultValue 0.5 */
  identifier: number;
  /** A word being typed, found through the forward-tokenised short fields, at most this share of a typed word. @defaultValue 0.9 */
  prefix: number;
  /** A completion of a word being typed (`refu` → `refund`), at most this share of the word. @defaultValue 0.9 */
  completion: number;
  /** A typo correction one edit away (`refnud` → `refund`). @defaultValue 0.8 */
  oneTypo: number;
  /** A typo correction two edits away, tried on words of eight letters or more. @defaultValue 0.6 */
  twoTypos: number;
  /** A glossary phrase against the words typed. @defaultValue 0.9 */
  synonym: number;
  /**
   * A glossary phrase whose words are scattered over the answer keeps this share, or what the typed words scored:
   * scattered, `double … payment` does not say `paid twice`. @defaultValue 0
   */
  scatteredPhrase: number;
  /** Share of a pair's smaller score added when two query words stand side by side in the question. @defaultValue 1.5 */
  adjacent: number;
  /**
   * What a query word found in answers alone (no title, symptom or phrasing holds it) needs for coverage, against its
   * idf: such words are rare because they are incidental (`bought a jacket`), not because they are the point. @defaultValue 0.5
   */
  answerOnly: number;
  /** Scores are floored at this share when a query word is missing, then rise with coverage squared. @defaultValue 0.4 */
  coverageFloor: number;
  /** How much more a question counts whose title holds all of the query (a title fit of 1). @defaultValue 1 */
  titleFit: number;
  /**
   * Added to a result's score (where the best text match scores 1) per unit of title fit: a title that means the
   * query is the answer more surely than the best match of words. @defaultValue 1
   */
  titleMeaning: number;
  /** Share of the title fit that depends on how much of the title (by idf) the query accounts for. @defaultValue 0.5 */
  titleFocus: number;
  /** How much more a question counts whose title asks in the query's form (`how long …`, `can I …`, `why …`). @defaultValue 0.5 */
  form: number;
  /** What the error-code lane's score counts against the best text match (1). @defaultValue 1 */
  lane: number;
  /** The most the error-code lane gives one question, however many of its symptoms a query names. @defaultValue 1.5 */
  laneCap: number;
  /** A symptom another answer only mentions, against one its title names (1). @defaultValue 0.4 */
  laneMention: number;
  /** A bare number (`35`), which may be a status or a code, against `errorCode 35` (1). @defaultValue 0.8 */
  laneBareNumber: number;
}

export const DEFAULT_RANKING_WEIGHTS: Readonly<RankingWeights> = {
  title: 5,
  symptoms: 3,
  category: 0.8,
  body: 0.8,
  phrasings: 3,
  titleLengthNorm: 0.6,
  symptomsLengthNorm: 0.3,
  categoryLengthNorm: 0.2,
  bodyLengthNorm: 0.5,
  phrasingsLengthNorm: 0.5,
  k1: 1.2,
  part: 0.5,
  identifier: 0.5,
  prefix: 0.9,
  completion: 0.9,
  oneTypo: 0.8,
  twoTypos: 0.6,
  synonym: 0.9,
  scatteredPhrase: 0,
  adjacent: 1.5,
  answerOnly: 0.5,
  coverageFloor: 0.4,
  titleFit: 1,
  titleFocus: 0.5,
  titleMeaning: 1,
  form: 0.5,
  lane: 1,
  laneCap: 1.5,
  laneMention: 0.4,
  laneBareNumber: 0.8,
};

/** The defaults with `overrides` on top; an override left `undefined` keeps its default. */
export function resolveRankingWeights(overrides: Partial<RankingWeights> = {}): RankingWeights {
  const weights = { ...DEFAULT_RANKING_WEIGHTS };
  for (const key of Object.keys(weights) as (keyof RankingWeights)[]) {
    const value = overrides[key];
    if (value !== undefined) weights[key] = value;
  }
  return weights;
}

/**
 * Reads weight overrides from outside (a `--weights` JSON argument): an object of known
 * weight names with finite numbers.
 * @throws Error naming the first unknown weight or bad value, and what to write instead.
 */
export function parseRankingWeights(json: string): Partial<RankingWeights> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new Error(`Weights must be a JSON object such as '{"title":6}'; got ${json}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`Weights must be a JSON object such as '{"title":6}'; got ${json}`);
  }
  const known = Object.keys(DEFAULT_RANKING_WEIGHTS);
  const weights: Partial<RankingWeights> = {};
  for (const [key, weight] of Object.entries(value)) {
    if (!known.includes(key)) throw new Error(`Unknown weight \`${key}\`; the weights are ${known.join(', ')}`);
    if (typeof weight !== 'number' || !Number.isFinite(weight)) throw new Error(`Weight \`${key}\` must be a finite number; got ${JSON.stringify(weight)}`);
    weights[key as keyof RankingWeights] = weight;
  }
  return weights;
}
