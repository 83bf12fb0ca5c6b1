/**
 * A light English stemmer: enough to make plurals, `-ing`, `-ed` and British
 * `-ise` spellings meet their base word (`refunds`, `refunded`, `refunding` →
 * `refund`; `captured`, `capture` → `captur`; `organisation`, `organization` →
 * `organiz`), and `-ation`/`-ate` nouns and verbs meet (`reservation`, `reserved` → `reserv`).
 * Both the index and the query go through it, so stems need only be consistent,
 * not real words. Numbers and short words are left alone.
 */
export function stem(word: string): string {
  const irregular = IRREGULAR.get(word);
  if (irregular) return stem(irregular);
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word.replace(/isation(s?)$/, 'ization$1').replace(/is(e|es|ed|ing)$/, 'iz$1');
  // `reservation`, `expiration`, `activated` meet `reserve`, `expire`, `activate`.
  const verb = /^(.{4,}?)(?:ations?|ates?|ated|ating)$/.exec(w);
  if (verb) return verb[1]!.endsWith('e') ? verb[1]!.slice(0, -1) : verb[1]!;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && hasVowel(w.slice(0, -3)) && w.length - 3 >= 3) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && hasVowel(w.slice(0, -2)) && w.length - 2 >= 3) w = undouble(w.slice(0, -2));
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

/**
 * Irregular past forms people write about payments (`paid`, `sent`, `taken`), so they meet their verb as
 * `refunded` meets `refund`. Left out are forms that are words of their own in an FAQ: `found` (`Not
 * Found`), `left`, `saw`, `won`.
 */
const IRREGULAR = new Map(
  (
    'paid:pay sent:send bought:buy sold:sell made:make took:take taken:take gave:give given:give kept:keep ' +
    'spent:spend built:build chose:choose chosen:choose drew:draw drawn:draw withdrew:withdraw withdrawn:withdraw ' +
    'wrote:write written:write shown:show knew:know told:tell thought:think understood:understand went:go gone:go ' +
    'seen:see began:begin begun:begin forgot:forget forgotten:forget lost:lose held:hold ran:run'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

function hasVowel(text: string): boolean {
  return /[aeiouy]/.test(text);
}

/** `shipp` → `ship`, but `bill` and `pass` keep their double letter. */
function undouble(w: string): string {
  return /([b-df-hj-km-np-rtv-z])\1$/.test(w) && !/(ll|ss|zz|ff)$/.test(w) ? w.slice(0, -1) : w;
}
