/**
 * Which of a category's questions a question page's sidebar lists. A category of
 * a dozen questions is listed whole; a long one (hundreds, at 10,000 questions)
 * only around the current question, with counts of those left out, so a page's
 * size does not grow with its category's.
 */

export interface SidebarWindow {
  /** Ids to list, in category order; the current question is one of them. */
  shown: string[];
  /** How many questions of the category come before and after the ones shown. */
  before: number;
  after: number;
}

/**
 * @param size Most questions listed. @defaultValue 15
 */
export function sidebarWindow(questions: readonly string[], current: string, size = 15): SidebarWindow {
  if (questions.length <= size) return { shown: [...questions], before: 0, after: 0 };
  const at = Math.max(0, questions.indexOf(current));
  // The current question a little above the middle: what comes next is what a reader reads next.
  const start = Math.min(Math.max(0, at - Math.floor((size - 1) / 3)), questions.length - size);
  return { shown: questions.slice(start, start + size), before: start, after: questions.length - start - size };
}
