/** What a heading's words say it is: a question someone asks, a part of an answer, or a plain statement. */

export type HeadingKind = 'question' | 'answer-part' | 'statement';

/** Words that open a question whatever follows (English, Norwegian, Swedish, Danish). */
const WH_WORD = /^(how|what|what's|why|where|which|who|whom|whose|hvordan|hva|hvorfor|hvor|hvilken|hvilket|hvilke|hvem|hur|vad|varför|vilken|vilket|vilka|hvad)\b/i;
/** A verb that opens a yes/no question when a subject follows it (`Can I …`, `Is it …`, `Kan jeg …`). */
const QUESTION_VERB =
  /^(can|can't|cannot|could|do|don't|does|doesn't|did|is|isn't|are|aren't|was|were|will|won't|would|should|shall|may|might|must|has|have|had|kan|må|skal|vil|er|har|får|bør|kunne|ska|måste|är|finns)\s+(i|we|you|they|he|she|it|my|our|your|their|the|a|an|this|that|these|those|there|anyone|someone|jeg|vi|du|dere|man|de|det|en|et|jag|ni)\b/i;
/** `When` and `If` open conditions (`When the folder is on another disk`) unless the heading asks. */
const CONDITION = /^(when|if|on|for|in case|with|without|using|via|after|before|while|unless|once|where the|når|hvis|dersom)\b/i;
/** Headings that name a part of an answer: alternatives, steps, causes, platforms. */
const PART_NOUN =
  /^(solution|solutions|option|options|step|steps|method|methods|approach|alternative|alternatives|workaround|workarounds|fix|fixes|way|case|scenario|example|examples|variant|part|phase|stage|cause|causes|reason|reasons|background|details|explanation|summary|note|notes|tip|tips|warning|caveat|caveats|prerequisites|requirements|how it works|troubleshooting|see also|more information|further reading|references?|resolution|answer|short answer|long answer|tl;?dr|windows|mac ?os|macos|linux|ios|android|løsning|alternativ|steg|trinn|eksempel|årsak)\b/i;

/**
 * Words that carry no topic of their own: a question made of nothing else ("Why does this happen?",
 * "How do I fix it?", "What should I do?") asks about its parent heading, so it is part of that answer.
 */
const TOPICLESS = new Set(
  'why how what when where which who whose does do did is are was were can could should would will shall may might must has have had am i we you they he she it its this that these those there here then so now next my our your their me us them a an the to of in on for with about again still just really else instead anything something happen happens happening happened fix fixed fixing solve solved do doing done work works working worked help mean means use using try go going get getting see check'.split(' '),
);

/**
 * Reads a heading's text the way a person skims it: a question asks (ends in `?`
 * with at least three words, opens with a question word, or opens with a verb
 * and a subject); an answer part names a solution, a step, a condition or a
 * platform (or asks only about its parent: "Why does this happen?"); anything
 * else is a statement. `Questions?` alone is an invitation, not a question.
 */
export function headingKind(title: string): HeadingKind {
  const text = title
    .replace(/[`*_"“”'’]+$/g, '')
    .replace(/[\s.:!)\]]+$/g, '')
    .trim();
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0) return 'statement';
  const asks = text.endsWith('?');
  if (asks && words.every((word) => TOPICLESS.has(word.toLowerCase().replace(/[^\p{L}']/gu, '')))) return 'answer-part';
  if (asks && words.length >= 3) return 'question';
  if (/^(how it works|what's next|what next)$/i.test(text)) return 'answer-part';
  if (WH_WORD.test(text) || QUESTION_VERB.test(text)) return asks || !CONDITION.test(text) ? 'question' : 'answer-part';
  if (asks && /^(when|if)\b/i.test(text)) return 'question';
  if (PART_NOUN.test(text) || CONDITION.test(text)) return 'answer-part';
  return 'statement';
}
