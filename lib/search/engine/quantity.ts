/**
 * Numbers with a unit: `90 days`, `three weeks`, `24 timer`, `250 NOK`. Such a quantity is one concept:
 * someone asking about "90 days" wants the answer that states a number of days, whatever the number.
 * The index gives each field that states one a key per unit (`#day`) and per kind (`#duration`);
 * `tokenize` never makes a term starting with `#`, so they meet no word.
 */
import type { Token } from './normalize';

type Kind = 'duration' | 'money';

/** Units by their folded forms, English and Norwegian, with the key of the unit and its kind. */
const UNITS = new Map<string, [unit: string, kind: Kind]>();
const unit = (key: string, kind: Kind, words: string) => {
  for (const word of words.split(' ')) UNITS.set(word, [key, kind]);
};
unit('second', 'duration', 'second seconds sec secs sekund sekunder');
unit('minute', 'duration', 'minute minutes min mins minutt minutter');
unit('hour', 'duration', 'hour hours hrs timer');
unit('day', 'duration', 'day days dag dager dogn');
unit('week', 'duration', 'week weeks uke uker');
unit('month', 'duration', 'month months maned maneder mnd');
unit('year', 'duration', 'year years ar');
unit('money', 'money', 'nok kr kroner krone ore eur euro euros sek dkk usd dollar dollars');

const NUMBER_WORDS = new Set(
  (
    'a an one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty ninety hundred ' +
    'few couple several en ett to tre fire fem seks sju syv atte ni ti tolv femten tjue tretti noen par'
  ).split(' '),
);
/** Words that may stand between the number and its unit: `2-3 bank days`, `five business days`. */
const BETWEEN = new Set(['of', 'bank', 'business', 'working', 'calendar', 'virkedager', 'virke']);

const isNumber = (token: Token) => /^\d+(?:[.,]\d+)?$/.test(token.folded) || NUMBER_WORDS.has(token.folded);

/** A quantity in a text: the tokens of its number and its unit, and the keys it gives. */
export interface Quantity {
  /** Index in the token list of the number and of the unit. */
  number: number;
  unit: number;
  /** The unit's key first (`#day`), then its kind's (`#duration`). */
  keys: [string, string];
}

/**
 * The quantities of a tokenised text: a number (digits or a number word, `2-3` as one) followed, at most a
 * word such as `bank` apart, by a unit.
 */
export function findQuantities(tokens: Token[]): Quantity[] {
  const found: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.compound || !isNumber(tokens[i]!)) continue;
    let j = i + 1;
    // `2-3 days`: a range is one number; `15 000 NOK`: so is a number in groups.
    while (tokens[j] && !tokens[j]!.compound && /^\d+$/.test(tokens[j]!.folded) && /^\d+$/.test(tokens[j - 1]!.folded)) j++;
    if (tokens[j] && BETWEEN.has(tokens[j]!.folded)) j++;
    const known = tokens[j] ? UNITS.get(tokens[j]!.folded) : undefined;
    if (!known) continue;
    found.push({ number: i, unit: j, keys: [`#${known[0]}`, `#${known[1]}`] });
    i = j;
  }
  return found;
}

/** The quantity keys of a text's tokens, each once. */
export function quantityKeys(tokens: Token[]): string[] {
  return [...new Set(findQuantities(tokens).flatMap((quantity) => quantity.keys))];
}

/** Whether a number in a query is followed by a unit, so it is a quantity and no error code or status. */
export const NUMBER_WITH_UNIT = new RegExp(String.raw`^\s*(?:[-–]\s*\d+\s*)?(?:(?:bank|business|working)\s+)?(?:${[...UNITS.keys()].join('|')})\b`, 'i');
