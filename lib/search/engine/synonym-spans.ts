/** Scores the glossary phrases a query spells (`give money back`) through the other phrases of their group (`refund`). */
import type { QueryPostings } from './postings';
import type { Concept, SynonymSpan } from './query';
import type { RankingWeights } from './ranking-weights';
import type { ScoreMatrix } from './score-matrix';

/** The idf of a phrase: the sum of its terms' idf. */
export function phraseIdf(phrase: string[], postings: QueryPostings): number {
  return phrase.reduce((sum, term) => sum + postings.idf(term), 0);
}

export type SpanScorer = (spans: SynonymSpan[], concepts: Concept[], postings: QueryPostings, matrix: ScoreMatrix) => void;

/**
 * A glossary phrase scores in the questions that hold all of its words: the sum of their
 * BM25 scores, scaled to what the words typed are worth and by `weights.synonym`. Where
 * that beats what the typed words scored there, it replaces their scores over the span,
 * keeping the old ones as a fallback in case the phrase's words turn out to be scattered.
 */
export function createSpanScorer(questionCount: number, weights: Pick<RankingWeights, 'synonym' | 'k1'>): SpanScorer {
  /** Per question, the sum of the phrase's term scores so far and how many of its terms it holds. */
  const phraseSum = new Float64Array(questionCount);
  const phraseCount = new Uint8Array(questionCount);
  const k1 = weights.k1;

  return (spans, concepts, postings, matrix) => {
    const { scores, fallback, chosen, phraseCodes } = matrix;
    const nc = matrix.conceptCount;
    for (const span of spans) {
      const width = span.to - span.from + 1;
      // A synonym stands in for the words typed, so it is worth what they are worth, not what its own rarity says.
      // Words the index does not know at all (`duplicate`) take the phrase's own average.
      const typed = concepts.slice(span.from, span.to + 1).map((concept) => concept.alternatives.find((a) => a.weight === 1)?.term);
      for (const phrase of span.phrases) {
        const found = phrase.map(postings.term);
        if (found.some((p) => p.docs.length === 0)) continue;
        const code = matrix.record(phrase);
        if (phrase.length > 1) phraseCodes.add(code);
        const ownIdf = phraseIdf(phrase, postings);
        const typedIdf = typed.reduce((sum, term) => sum + (term ? postings.idf(term) : ownIdf / phrase.length), 0);
        const worth = Math.min(typedIdf, ownIdf) / ownIdf;
        const holders: number[] = [];
        found.forEach((p, t) => {
          const termIdf = postings.idf(phrase[t]!);
          for (let i = 0; i < p.docs.length; i++) {
            const d = p.docs[i]!;
            if (phraseCount[d] === 0) holders.push(d);
            phraseCount[d]!++;
            phraseSum[d]! += termIdf * (p.wtf[i]! / (k1 + p.wtf[i]!));
          }
        });
        for (const d of holders) {
          const complete = phraseCount[d] === phrase.length;
          const score = phraseSum[d]!;
          phraseCount[d] = 0;
          phraseSum[d] = 0;
          if (!complete) continue;
          let current = 0;
          if (matrix.has(d)) for (let c = span.from; c <= span.to; c++) current += scores[d * nc + c]!;
          const replacement = weights.synonym * score * worth;
          if (replacement <= current) continue;
          matrix.touch(d);
          for (let c = span.from; c <= span.to; c++) {
            if (!phraseCodes.has(chosen[d * nc + c]!)) fallback[d * nc + c] = scores[d * nc + c]!;
            scores[d * nc + c] = replacement / width;
            chosen[d * nc + c] = code;
          }
        }
      }
    }
  };
}
