/**
 * Words too common in questions to tell answers apart. Kept short on purpose:
 * `not`, `no`, `long` and `how` carry meaning in error messages and in
 * "how long" questions, and the error-code lane reads the query before this list applies.
 * `after`, `before`, `until`, `while`, `during` only order events ("not redirected
 * after payment"), yet are rare enough in answers to outweigh the words that matter.
 */
const STOPWORDS = new Set(
  (
    'a an the and or but if of to in on at by for from with as into about over than then so ' +
    'is are was were be been being am do does did doing done have has had having get gets got getting ' +
    'i me my we us our you your they them their he she it its this that these those there here ' +
    'what which who whom why when where how can could should would will shall may might must ' +
    'please just also very really some any all each only own same such too s t ' +
    'after before until while during'
  ).split(' '),
);

/** Whether a folded word is a stopword. */
export function isStopword(folded: string): boolean {
  return STOPWORDS.has(folded);
}
