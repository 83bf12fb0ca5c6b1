/**
 * What kind of question a heading asks, read the way a support agent skims an FAQ: a problem someone
 * has (it leads the troubleshooter), or a how-to or an about question (reached through "something
 * else"); and for a problem, what the person sees: an error status, an error code or message, a
 * customer's complaint, something missing, or something that fails. Only English question forms and
 * the symptoms the parser found are read: nothing here names a product or one FAQ's words.
 */
import type { Question, Symptom } from '@/lib/content/types';
import { escapeRegExp } from '@/lib/highlight';

export type QuestionKind = 'problem' | 'how-to' | 'about';

/** What a person with the problem sees, the first screen's groups. */
export type Sight = 'status' | 'code' | 'complaint' | 'missing' | 'fails' | 'change';

export interface KindReading {
  kind: QuestionKind;
  /** For a problem: what the person sees. */
  sight?: Sight;
  /** The symptoms the question is about: those its heading names, or for a topic heading (`## Errors`) those its answer explains. */
  symptoms: Symptom[];
}

/** Headings that ask how to do something. */
const HOW_TO = /^(?:how\s+(?:do|can|could|should|would|to|does\s+one)\b|can\s+(?:i|we|you)\b|could\s+(?:i|we)\b|is\s+it\s+possible\b|where\s+(?:do|can|should)\b|what\s+do\s+(?:i|we)\s+(?:need|have)\s+to\b|i\s+want\s+to\b|we\s+want\s+to\b)/i;
/** Headings that ask about something. */
const ABOUT = /^(?:what|which|who|when|where|is|are|do|does|did|will|would|should|can|could|may|has|have|how\s+(?:long|much|many|often|fast|does|is|are))\b/i;
/** Questions about why something goes wrong; `Why should I …` asks for a reason to do something, not about a problem. */
const WHY_PROBLEM = /^why\b(?!\s+(?:should|would|use|choose|is\s+it\s+(?:recommended|better|important|necessary)))/i;
/** The consequence of something going wrong: `What happens if …`, `If the card expires: …`. */
const WHAT_IF = /^(?:what\s+(?:happens\s+)?(?:if|when)\b|what\s+happens\s+to\b.*\b(?:if|when)\b|if\b)/i;
/** `Where is my refund?`: something someone waits for and does not get. */
const WHERE_IS_MY = /^where\s+(?:is|are)\s+(?:my|our)\b/i;
/** Words that say something goes wrong. */
const TROUBLE =
  /\b(?:fail(?:s|ed|ing|ure)?|errors?|(?:does|do|did)\s*n[o']t\s+work|not\s+working|stopped\s+working|broken|crash(?:es|ed)?|hangs?|stuck|missing|wrong|incorrect|invalid|denied|declined|rejected|refused|timed?\s*out|timeouts?|expired?|twice|duplicated?|can[' ]?not|can't|unable|won't|doesn't|isn't|aren't|didn't|wasn't|weren't|never|lost|disappear(?:s|ed)?|exit(?:s|ed)?\s+with\s+(?:code|status)|problems?|issues?|warnings?|slow|not\s+(?:receiv\w*|shown|showing|visible|found|sent|get|got|arriv\w*|appear\w*|allowed|possible|able|work\w*|load\w*|updat\w*|captur\w*|charg\w*|paid|complet\w*))\b/i;
const MISSING = /\b(?:missing|(?:do|does|did)n['’]t\s+(?:(?:i|we|you|they)\s+)?(?:receive|get|see|arrive|appear|show)|(?:do|does|did)\s+(?:i|we|you|they)\s+not\s+(?:receive|get|see)|can[' ]?not\s+find|can't\s+find|not\s+found|never\s+(?:arriv\w*|receiv\w*|get|got|show\w*|appear\w*|came)|did\s*n[o']t\s+(?:receive|get|arrive|appear|show)|not\s+(?:receiv\w*|shown|showing|visible|appear\w*|arriv\w*|sent)|no\s+(?:callbacks?|notifications?|e-?mails?|receipts?|warnings?|confirmations?)|disappear\w*|lost|where\s+is)\b/i;
/** `Why do I get a CORS error?`: an error someone sees, named but not quoted. */
const ERROR_SEEN = /\b(?:get|see|receive|shows?|returns?)\s+(?:an?|the)\s+(?:[\w-]+\s+)?error\b/i;
/** The person the problem happens to, when it is the merchant's customer and not the merchant. */
const CUSTOMER = /\b(?:customers?|users?|buyers?|shoppers?|consumers?|clients?|members?|subscribers?|end[- ]users?|payers?|people|persons?|recipients?)(?:'s|s')?\b/i;

/** How to read a question: its kind, and for a problem what the person sees. */
export function readQuestionKind(question: Pick<Question, 'title' | 'symptoms'>): KindReading {
  const title = question.title.trim();
  const titled = titledSymptoms(question);
  const topic = isTopicHeading(title);
  // A heading that only names a topic (`Errors`) is about what its answer explains.
  const symptoms = titled.length > 0 ? titled : topic ? question.symptoms.filter((s) => s.type === 'http-status' || s.type === 'error-code' || s.type === 'identifier') : [];
  const problem = symptoms.length > 0 || WHY_PROBLEM.test(title) || WHAT_IF.test(title) || WHERE_IS_MY.test(title) || (!HOW_TO.test(title) && !ABOUT.test(title) && TROUBLE.test(title));
  if (!problem) return { kind: HOW_TO.test(title) ? 'how-to' : 'about', symptoms };
  return { kind: 'problem', sight: sightOf(title, symptoms), symptoms };
}

function sightOf(title: string, symptoms: Symptom[]): Sight {
  if (symptoms.some((s) => s.type === 'http-status')) return 'status';
  // `What happens if the card expires?`: something changed, and the person wants to know what follows.
  if (symptoms.length === 0 && WHAT_IF.test(title)) return 'change';
  if (symptoms.length > 0 || ERROR_SEEN.test(title)) return 'code';
  if (MISSING.test(title)) return 'missing';
  if (CUSTOMER.test(title) && TROUBLE.test(title)) return 'complaint';
  return 'fails';
}

/** The symptoms a heading names: a status, a code, an identifier or a message written in it. */
export function titledSymptoms(question: Pick<Question, 'title' | 'symptoms'>): Symptom[] {
  const title = question.title.toLowerCase();
  return question.symptoms.filter((symptom) => {
    const words = symptom.type === 'http-status' ? String(symptom.code) : symptom.type === 'error-code' ? symptom.code : symptom.text;
    // `exit code 1` is written `exits with code 1`, `exited with status 1`.
    const exit = /^exit code (\d+)$/.exec(words);
    if (exit) return new RegExp(`\\bexit\\w*\\s+(?:with\\s+)?(?:code|status)\\s+${exit[1]}\\b`, 'i').test(title);
    return new RegExp(`(^|[^\\p{L}\\p{N}_])${escapeRegExp(words.toLowerCase())}($|[^\\p{L}\\p{N}_])`, 'u').test(title);
  });
}

/** A heading that names a topic rather than asking or telling: `Errors`, `Card payments`, `Settlement`. */
export function isTopicHeading(title: string): boolean {
  const words = title.replace(/[?!.:]+$/, '').trim().split(/\s+/);
  return words.length <= 4 && !/[?]$/.test(title.trim()) && !WHY_PROBLEM.test(title) && !HOW_TO.test(title) && !ABOUT.test(title);
}
