/**
 * A question's id as the index ships it: left out when the question's title spells it the way GitHub
 * makes heading anchors (most do), which the browser then works out again. Ids cost more of the index
 * file than any other field but the answers, and are a function of the title for nearly every question.
 */
import type { IndexedQuestion } from './types';

/** GitHub's anchor of a plain title: lower case, what is no letter, digit, space, `-` or `_` dropped, spaces to `-`. */
export function anchorOf(title: string): string {
  return title.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}

/** The id of an indexed question: shipped, or its title's anchor. */
export function questionIdOf(question: Pick<IndexedQuestion, 'id' | 't'>): string {
  return question.id ?? anchorOf(question.t);
}
