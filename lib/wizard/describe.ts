import type { Expansion, SearchResponse } from '@/lib/search/engine/client';

/** A troubleshooter answer that free text matched, and why. */
export interface DescribedMatch {
  /** Question id. */
  question: string;
  /** Id of the troubleshooter's answer node for that question. */
  node: string;
  title: string;
  /** Words of the answer that matched the text, lower case, as the search found them (typos corrected, synonyms included). */
  words: string[];
  /** Symptoms the text named that the answer covers (`HTTP 401 Unauthorized`). */
  symptoms: string[];
}

/** What "Describe what you see" shows for one text. */
export interface Described {
  /**
   * What the text was read as: the symptoms it names, the words typed that the search went by (in the order
   * typed), then what it searched for instead (glossary phrases, abbreviations, spellings, completions), and the
   * identifiers and messages no answer mentions.
   */
  understood: { symptoms: string[]; words: string[]; expansions: Expansion[]; missing: string[] };
  /** Troubleshooter answers, best first: the best match and the next few. */
  matches: DescribedMatch[];
  /** Results of the FAQ search that have no troubleshooter answer. */
  otherResults: number;
}

/**
 * Reads a search of free text as the troubleshooter shows it: only questions that have an answer in the
 * tree, each with the words and symptoms that matched, so a wrong guess shows why it was made; and what the
 * text was read as, the words typed first.
 *
 * @param answerOf The answer node of a question, if it has one.
 * @param limit Most matches: the best and the next few. @defaultValue 4
 */
export function describeMatches({ results, reading }: SearchResponse, answerOf: (questionId: string) => string | undefined, limit = 4): Described {
  const inTree = results.filter((result) => answerOf(result.id) !== undefined);
  const matches = inTree.slice(0, limit).map((result) => ({
    question: result.id,
    node: answerOf(result.id)!,
    title: result.title,
    words: unique(result.terms.map((term) => term.toLowerCase())).slice(0, 6),
    symptoms: unique(result.symptoms),
  }));
  return {
    understood: {
      symptoms: unique(matches.flatMap((match) => match.symptoms)),
      words: unique(reading.words.filter((word) => !word.ignored).map((word) => word.text)),
      expansions: reading.expansions,
      missing: reading.missing,
    },
    matches,
    otherResults: results.length - inTree.length,
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
