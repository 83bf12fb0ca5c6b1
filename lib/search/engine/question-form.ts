/**
 * The form of a question: what kind of answer it asks for. "How long …" asks for a duration,
 * "can I …" for whether something is possible, "why …" for the cause of a problem. A query and
 * a question title of the same form are more likely to mean the same thing than their shared
 * words alone say, and the form is read from the words every FAQ uses, not from any one FAQ.
 */

export type QuestionForm = 'duration' | 'time' | 'possibility' | 'necessity' | 'procedure' | 'problem' | 'consequence' | 'location' | 'definition' | 'comparison';

/** Forms answered by yes or no: a question of one is half a match for a question of another. */
const YES_NO: ReadonlySet<QuestionForm> = new Set(['possibility', 'necessity']);

/** Who a question is about: a pronoun, or any one word (`can customers …`, `does pnpm need …`). */
const SUBJECT = String.raw`\S+`;
const TIME_UNIT = String.raw`(?:seconds?|minutes?|mins?|hours?|days?|weeks?|months?|years?|sekund(?:er)?|minutt(?:er)?|timer?|dag(?:er)?|uker?|maned(?:er)?|ar)`;
const NUMBER = String.raw`(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|sixty|ninety|hundred|en|ett|to|tre|fire|fem|seks|sju|syv|atte|ni|ti|tolv|femten|tjue|tretti)`;

/** A number with a time unit: `90 days`, `three weeks`, `2-3 bank days`, `24 timer`. */
export const DURATION = new RegExp(String.raw`\b${NUMBER}(?:\s*[-–]\s*${NUMBER})?\s+(?:(?:bank|business|working|calendar|virke)\s*)?${TIME_UNIT}\b`, 'i');

/** Patterns read at the start of a question, or of a clause of a longer query. */
const OPENINGS: [QuestionForm, RegExp][] = [
  ['duration', new RegExp(String.raw`^(?:for |up to |until )?(?:how (?:long|soon|quickly|fast|early|late|many ${TIME_UNIT}|much time)|until when|hvor (?:lenge|fort|raskt|mange ${TIME_UNIT})|innen når)\b`)],
  ['time', /^(?:when|at what time|what time|which (?:hour|day|time)|nar|naar)\b/],
  ['necessity', new RegExp(String.raw`^(?:(?:do|does|must|shall) ${SUBJECT} (?:need|have) to|(?:do|does) ${SUBJECT} need|must ${SUBJECT}|is it (?:necessary|required|mandatory)|(?:ma|trenger) (?:jeg|vi|man|du))\b`)],
  ['possibility', new RegExp(String.raw`^(?:(?:can|could|may) ${SUBJECT}|is it possible|is there (?:a|any) (?:way|option|possibility|api|setting|support)|are (?:we|they|you) (?:allowed|able)|(?:do|does) \S+ (?:support|allow|offer|have)|is there|are there|(?:kan|gar det an|er det mulig|finnes det) ?(?:jeg|vi|man|du)?)\b`)],
  ['procedure', new RegExp(String.raw`^(?:how (?:do|can|should|to|would|does|is|are) |what (?:do|should|must) ${SUBJECT} do|hvordan)`)],
  ['problem', /^(?:why|what(?:'s| is) wrong|what went wrong|hvorfor|kvifor)\b/],
  ['consequence', /^(?:what happens|what will happen|what if|hva skjer|hva hvis)\b/],
  ['location', /^(?:where|hvor(?! lenge| mange| fort| raskt))\b/],
  ['definition', /^(?:what (?:is|are|does)|what's|hva er|hva betyr)\b/],
];

/** Words that say something is going wrong, anywhere in a query or title: the form of a problem. */
const PROBLEM_WORDS = /\b(?:fail(?:s|ed|ing|ure)?|errors?|not working|doesn'?t work|does not work|broken|declined|denied|rejected|refused|unable|won'?t|cannot|can'?t|problems?|feil(?:er|et)?|virker ikke|fungerer ikke)\b/;
/** Words that weigh two things against each other, anywhere: `reserve vs direct capture`, `the difference between …`. */
const COMPARISON = /\b(?:vs|versus|differen(?:ce|ces|t) between|compared?(?: to| with)?|comparison|forskjell(?:en)?|sammenlign(?:et|ing)?)\b/;
/** Nouns that ask where something is, anywhere in a query: `downloaded files location`, `config folder`. */
const PLACE = /\b(?:locations?|folders?|director(?:y|ies)|path|where|plassering|mappe)\b/;
/** Phrases that ask whether something is possible, wherever in a long query they stand (`…, is that possible?`). */
const POSSIBLE_ANYWHERE = /\b(?:is (?:that|this|it) possible|possible to|is there (?:a|any) way|(?:are|am) (?:we|i) allowed|er det mulig|gar det an)\b/;

/** Lower case, without accents, straight apostrophes, single spaces: what the patterns read. */
function plain(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/[^\p{L}\p{N}' -]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function openingForms(clause: string, found: Set<QuestionForm>): void {
  for (const [form, pattern] of OPENINGS) {
    if (pattern.test(clause)) {
      found.add(form);
      // "how long", "when", "can I": the first pattern that reads the opening says what it asks.
      return;
    }
  }
}

/**
 * The forms a query asks in: read at the start of the query and of each of its clauses
 * (`we sell e-books…, should we …`), plus a duration it names (`three weeks`), a problem it
 * describes (`capture failed`) and "is that possible" wherever it stands.
 */
export function queryForms(query: string): Set<QuestionForm> {
  const found = new Set<QuestionForm>();
  const text = query.slice(0, 300);
  for (const clause of text.split(/[.?!,;:]|\bor\b|\band\b|\bbut\b|\bso\b/i)) {
    const words = plain(clause);
    if (words) openingForms(words, found);
  }
  const all = plain(text);
  if (DURATION.test(all)) found.add('duration');
  if (PROBLEM_WORDS.test(all)) found.add('problem');
  if (POSSIBLE_ANYWHERE.test(all)) found.add('possibility');
  if (COMPARISON.test(all)) found.add('comparison');
  if (PLACE.test(all)) found.add('location');
  return found;
}

/**
 * The forms a question's title asks in, and `possibility` when the answer opens with a plain yes or
 * no. A title that is no question (`Settlement`) has none, unless it names a problem.
 */
export function titleForms(title: string, answer: string): Set<QuestionForm> {
  const found = new Set<QuestionForm>();
  const words = plain(title);
  openingForms(words, found);
  if (PROBLEM_WORDS.test(words)) found.add('problem');
  if (COMPARISON.test(words)) found.add('comparison');
  if (/^(?:yes|no)\b/i.test(answer.trimStart())) found.add('possibility');
  return found;
}

/**
 * How well a title's forms answer a query's, 0 to 1: 1 when they share a form, ½ when both are
 * yes-or-no questions of different kinds (`do we need to …` and `can I …`), else 0.
 */
export function formMatch(query: Set<QuestionForm>, title: Set<QuestionForm>): number {
  if (query.size === 0 || title.size === 0) return 0;
  let best = 0;
  for (const form of query) {
    if (title.has(form)) return 1;
    if (YES_NO.has(form) && [...title].some((other) => YES_NO.has(other))) best = 0.5;
  }
  return best;
}
