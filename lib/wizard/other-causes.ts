import type { Question, Symptom } from '@/lib/content/types';
import { escapeRegExp } from '@/lib/highlight';

/** What the rule reads of a question. */
export type CauseCandidate = Pick<Question, 'id' | 'title' | 'symptoms'>;

/**
 * The other answers that may explain what the user sees, for "This did not
 * solve it". Another answer is a likely cause when the two share a symptom
 * that one of them is about (its title names it: `unauthorized_client` comes
 * with an HTTP 401), unless they are about different HTTP statuses: a 401 is
 * not a cause of a 429. An answer whose title names no status is about the
 * statuses its text names (`errorCode 35` comes with a 404).
 *
 * The options next to an answer in the tree are no such list: they are the
 * other things a user could have seen (the other statuses), not causes.
 *
 * @param limit Most answers returned, in the order of `candidates`. @defaultValue 5
 */
export function findOtherCauses<Q extends CauseCandidate>(question: CauseCandidate, candidates: readonly Q[], limit = 5): Q[] {
  const own = symptomKeys(question);
  const ownTitled = titledKeys(question);
  const ownStatuses = statusesOf(question);
  return candidates
    .filter((other) => {
      if (other.id === question.id) return false;
      const shared = symptomKeys(other).filter((key) => own.includes(key));
      const otherTitled = titledKeys(other);
      if (!shared.some((key) => ownTitled.includes(key) || otherTitled.includes(key))) return false;
      const otherStatuses = statusesOf(other);
      return ownStatuses.length === 0 || otherStatuses.length === 0 || otherStatuses.some((status) => ownStatuses.includes(status));
    })
    .slice(0, limit);
}

function keyOf(symptom: Symptom): string {
  switch (symptom.type) {
    case 'http-status':
      return `status:${symptom.code}`;
    case 'error-code':
      return `code:${symptom.code.toLowerCase()}`;
    case 'error-message':
    case 'identifier':
      return `text:${symptom.text.toLowerCase()}`;
  }
}

function symptomKeys(question: CauseCandidate): string[] {
  return question.symptoms.map(keyOf);
}

/** The symptoms a question is about: those its title names. */
function titledKeys(question: CauseCandidate): string[] {
  const title = question.title.toLowerCase();
  return question.symptoms
    .filter((symptom) => {
      const words = 'code' in symptom ? String(symptom.code) : symptom.text;
      return new RegExp(`(^|[^\\p{L}\\p{N}_])${escapeRegExp(words.toLowerCase())}($|[^\\p{L}\\p{N}_])`, 'u').test(title);
    })
    .map(keyOf);
}

/** The HTTP statuses a question is about: those of its title, else all it names. */
function statusesOf(question: CauseCandidate): string[] {
  const statuses = question.symptoms.filter((symptom) => symptom.type === 'http-status').map(keyOf);
  const titled = titledKeys(question).filter((key) => statuses.includes(key));
  return titled.length > 0 ? titled : statuses;
}
