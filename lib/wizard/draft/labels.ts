/**
 * The troubleshooter's labels in the words of the person who has the problem, made from the FAQ's own
 * headings: "Why do I get HTTP 401 Unauthorized?" → "HTTP 401 Unauthorized"; "Why has one of my customers
 * been charged twice for the same payment?" → "A customer was charged twice for the same payment";
 * "Why does capture fail?" → "Capture fails". A heading that already says what is seen stays as it is.
 * The rules read English question forms only; a heading they do not fit keeps its own words.
 */

/** A problem heading as what the person sees. */
export function problemLabel(title: string): string {
  const heading = title.trim().replace(/\s+/g, ' ');
  const text = heading.replace(/[?!]+$/, '').trim();
  for (const [pattern, rewrite] of REWRITES) {
    const m = pattern.exec(text);
    if (!m) continue;
    const label = rewrite(m);
    if (label) return sentence(label);
  }
  return heading;
}

type Rewrite = [RegExp, (m: RegExpExecArray) => string | undefined];

const SUBJECT = String.raw`(?:I|we|you)`;

const REWRITES: Rewrite[] = [
  // Why do I get HTTP 401 Unauthorized? → HTTP 401 Unauthorized; Why do I get the error X? → Error X
  [new RegExp(String.raw`^why (?:do|does|did) ${SUBJECT} (?:get|see|receive|have) (?:the |an? )?error (.+)$`, 'i'), (m) => `Error ${m[1]}`],
  [new RegExp(String.raw`^why (?:do|does|did) ${SUBJECT} (?:get|see|receive) (.+)$`, 'i'), (m) => m[1]],
  // Why can't I log in? → I can't log in
  [new RegExp(String.raw`^why (\w+n't|cannot) (${SUBJECT}) (.+)$`, 'i'), (m) => `${m[2]} ${m[1]!.toLowerCase()} ${m[3]}`],
  // Why don't I receive the payment notification? → I don't receive the payment notification
  [new RegExp(String.raw`^why (do|does|did|can|could|will|would|am|is|are|was|were)(n't| not) (${SUBJECT}) (.+)$`, 'i'), (m) => `${m[3]} ${negated(m[1]!)} ${m[4]}`],
  [new RegExp(String.raw`^why (do|does|did|can|am|is|are|was|were) (${SUBJECT}) not (.+)$`, 'i'), (m) => `${m[2]} ${negated(m[1]!)} ${m[3]}`],
  // Why has one of my customers been charged twice? → A customer was charged twice
  [/^why (has|have) (.+?) been (.+)$/i, (m) => `${subject(m[2]!)} ${m[1]!.toLowerCase() === 'has' ? 'was' : 'were'} ${m[3]}`],
  // Why are the customer names not shown? → The customer names are not shown
  [/^why (is|are|was|were) (.+?) (not|never) (.+)$/i, (m) => `${subject(m[2]!)} ${m[1]!.toLowerCase()} ${m[3]} ${m[4]}`],
  // Why does capture fail? → Capture fails; Why do payments fail? → Payments fail
  [/^why (does|do|did) (.+?) (not )?(fail|work|stop|time out|hang|crash|break|show|appear|load|arrive|return|stay|change|expire|disappear)\b(.*)$/i, (m) => verbPhrase(m)],
  // What happens if the card expires? → The card expires; If a user's card expires: What happens … → A user's card expires
  [/^what (?:happens )?(?:if|when) (.+)$/i, (m) => m[1]],
  // What happens to pending charges if the user deletes the card? → The user deletes the card
  [/^what happens to .+? (?:if|when) (.+)$/i, (m) => m[1]],
  // If a user's card expires: What happens …; If a user changes the card, can … → the change
  [/^if (.+?)[:,] .+$/i, (m) => m[1]],
];

/** `Why don't I …` → `I don't …`: the negation as people say it. */
function negated(verb: string): string {
  const lower = verb.toLowerCase();
  return lower === 'can' ? "can't" : lower === 'will' ? "won't" : lower === 'am' ? 'am not' : `${lower}n't`;
}

/** `one of my customers` → `a customer`; other subjects as written. */
function subject(text: string): string {
  const one = /^one of (?:my|our|the|your) (.+?)s$/i.exec(text);
  if (one) return `a ${one[1]}`;
  return text;
}

/** `Why does capture fail` → `Capture fails`; `Why do payments fail` → `Payments fail`; `did` → past. */
function verbPhrase(m: RegExpExecArray): string | undefined {
  const [, auxiliary, who, not, verb, rest] = m as unknown as [string, string, string, string | undefined, string, string];
  const aux = auxiliary.toLowerCase();
  if (not) return `${subject(who)} ${aux} not ${verb}${rest}`;
  if (aux === 'did') return `${subject(who)} ${past(verb)}${rest}`;
  return `${subject(who)} ${aux === 'does' ? thirdPerson(verb) : verb}${rest}`;
}

function thirdPerson(verb: string): string {
  const [first, ...more] = verb.split(' ');
  const word = first!;
  const inflected = /(?:s|sh|ch|x|z|o)$/.test(word) ? `${word}es` : /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`;
  return [inflected, ...more].join(' ');
}

function past(verb: string): string {
  const [first, ...more] = verb.split(' ');
  const word = first!;
  const irregular: Record<string, string> = { break: 'broke', show: 'showed', stay: 'stayed', hang: 'hung' };
  const inflected = irregular[word] ?? (/e$/.test(word) ? `${word}d` : `${word}ed`);
  return [inflected, ...more].join(' ');
}

/** A label starts with a capital, unless it starts with a code or identifier as written (`errorCode 35`, `unauthorized_client`). */
function sentence(text: string): string {
  const first = text.split(' ')[0] ?? '';
  if (/[\d_.:/<>"`A-Z]/.test(first.slice(1)) || /^["'`]/.test(first)) return text;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A product's name from its FAQ's title, as people say it: `Vipps Recurring API: Frequently Asked
 * Questions` → `Vipps Recurring API`; `FAQs: Reservations and capture` → `Reservations and capture`;
 * `pnpm.io FAQ` → `pnpm.io`. A title that is nothing but "FAQ" keeps it.
 */
export function productName(documentTitle: string): string {
  const name = documentTitle
    .replace(/\b(?:frequently asked questions|faqs?|questions and answers|q ?& ?a|help center)\b/gi, ' ')
    .replace(/^[\s:–—-]+|[\s:–—-]+$/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  // "Links between FAQs" is not "Links between": a name that ends mid-phrase keeps its title.
  if (!name || /\b(?:about|between|for|of|on|to|with|and|or|the|a|an|in|from)$/i.test(name)) return documentTitle.trim();
  return name;
}
