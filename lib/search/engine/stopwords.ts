/**
 * Words too common in questions to tell answers apart. Kept short on purpose:
 * `not`, `no`, `long` and `how` carry meaning in error messages and in
 * "how long" questions, and the error-code lane reads the query before this list applies.
 * `after`, `before`, `until`, `while`, `during` only order events ("not redirected
 * after payment"), yet are rare enough in answers to outweigh the words that matter.
 *
 * Norwegian function words are here too, folded (`på` → `pa`), since merchants type
 * Norwegian into an English FAQ: `kan vi bruke vippsnummeret vårt i nettbutikken`. Left out
 * are the negations (`ikke`), which carry meaning as `not` does, the words of phrases the
 * glossary needs (`si opp`), and forms that fold onto an English or Norwegian content word
 * (`våre` → `vare`, goods; `min` (minutes); `man`).
 */
const STOPWORDS = new Set(
  (
    'a an the and or but if of to in on at by for from with as into about over than then so ' +
    'is are was were be been being am do does did doing done have has had having get gets got getting ' +
    'i me my we us our you your they them their he she it its this that these those there here ' +
    'him his her hers himself herself itself myself ourselves yourself yourselves themselves mine yours ours theirs ' +
    'what which who whom why when where how can could should would will shall may might must ' +
    'please just also very really some any all each only own same such too s t ' +
    'after before until while during ' +
    // Norwegian (bokmål and nynorsk), folded
    'og jeg eg det den dei de et ett ein eit er var vart vaert ha har hadde ' +
    'til pa av med fra hos ved mot uten mellom om sa na da nar enn fordi siden ' +
    'som seg sin sitt sine meg deg oss dere dem deres vi du han hun ho hans hennes din ditt mitt ' +
    'vil ville skal skulle kan kunne ma bli ble blir blitt vaere ' +
    'hva hvor hvem hvilken hvilke hvorfor hvordan kva kvar kven korleis kvifor ' +
    'denne dette disse noen noe noko alle hver samme slik sann ogsa bare kun ' +
    'inn ut ned etter selv ja'
  ).split(' '),
);

/** Whether a folded word is a stopword. */
export function isStopword(folded: string): boolean {
  return STOPWORDS.has(folded);
}
