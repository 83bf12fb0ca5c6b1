/** Holds one search's evidence: each query word's score in each question found, and what gave it; reused between searches. */

/**
 * Scores of concept c in question d sit at `d * conceptCount + c`. Rows are cleared only for the
 * questions a search touched, so a query over 10,000 questions allocates little.
 */
export interface ScoreMatrix {
  /** Concepts (query words) of the current search. */
  readonly conceptCount: number;
  /** Score of concept c in question d. */
  readonly scores: Float64Array;
  /** What a glossary phrase replaced there, in case the phrase turns out not to be adjacent in the question. */
  readonly fallback: Float64Array;
  /** 1-based index into `matched` of what gave that score; 0 for nothing. */
  readonly chosen: Int32Array;
  /** Per code (1-based): the terms that matched, an alternative's term, a prefix (ending in `*`) or a glossary phrase. */
  readonly matched: string[][];
  /** Codes of glossary phrases of two or more words, whose words must stand together to count in full. */
  readonly phraseCodes: Set<number>;
  /** The questions with any evidence, in the order they were found: `touched[t]` for t below `touchedCount`. */
  readonly touched: Int32Array;
  readonly touchedCount: number;
  /** Per touched question t: the sum of its concept scores, and the factor its coverage of the query gives. */
  readonly base: Float64Array;
  readonly factor: Float64Array;
  /** Per touched question t: the first score candidates are picked by, -1 when filtered out. */
  readonly preliminary: Float64Array;
  /** Whether question d has been touched. */
  has(d: number): boolean;
  touch(d: number): void;
  /** Registers what matched and returns its code for `chosen`. */
  record(terms: string[]): number;
  /** Keeps `score` for concept c in question d, with its code, when it beats what is there. */
  offer(d: number, c: number, score: number, code: number): void;
}

export interface ScoreMatrices {
  /** A cleared matrix for a search of `conceptCount` concepts. Call `finish` before the next search. */
  start(conceptCount: number): ScoreMatrix;
  /** Clears the rows of the touched questions. */
  finish(matrix: ScoreMatrix): void;
}

export function createScoreMatrices(questionCount: number): ScoreMatrices {
  const n = questionCount;
  const touched = new Int32Array(n);
  const seen = new Uint8Array(n);
  const base = new Float64Array(n);
  const factor = new Float64Array(n);
  const preliminary = new Float64Array(n);
  let scores = new Float64Array(0);
  let fallback = new Float64Array(0);
  let chosen = new Int32Array(0);

  return {
    start(conceptCount) {
      const size = n * Math.max(conceptCount, 1);
      if (scores.length < size) {
        scores = new Float64Array(size);
        fallback = new Float64Array(size);
        chosen = new Int32Array(size);
      }
      const nc = conceptCount;
      const matched: string[][] = [];
      const matrix = {
        conceptCount,
        scores,
        fallback,
        chosen,
        matched,
        phraseCodes: new Set<number>(),
        touched,
        touchedCount: 0,
        base,
        factor,
        preliminary,
        has: (d: number) => seen[d] === 1,
        touch(d: number) {
          if (seen[d] === 1) return;
          seen[d] = 1;
          touched[matrix.touchedCount++] = d;
        },
        record: (terms: string[]) => matched.push(terms),
        offer(d: number, c: number, score: number, code: number) {
          if (score > scores[d * nc + c]!) {
            scores[d * nc + c] = score;
            chosen[d * nc + c] = code;
          }
        },
      };
      return matrix;
    },
    finish(matrix) {
      const nc = matrix.conceptCount;
      // A query touches thousands of questions in a large FAQ, each row a few concepts wide: a loop clears
      // such short rows faster than a call to `fill` per row.
      for (let t = 0; t < matrix.touchedCount; t++) {
        const d = touched[t]!;
        seen[d] = 0;
        for (let at = d * nc, end = at + nc; at < end; at++) {
          scores[at] = 0;
          fallback[at] = 0;
          chosen[at] = 0;
        }
      }
    },
  };
}
