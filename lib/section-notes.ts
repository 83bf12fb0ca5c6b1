import type { Category, Question } from '@/lib/content/types';

/**
 * Whether a category is a note rather than a topic: a `##` section of prose without questions, which the
 * parser makes an answer titled by its own heading in a category of its own (rule `section-answer`: a closing
 * "Questions?" note, a "Card payments" pointer), or a category with no questions at all. Such a category is
 * one answer, not a topic to browse, so pages list it with its first line instead of as a card.
 *
 * @param question Looks up a question by id (`site.question`).
 */
export function isNote(category: Category, question: (id: string) => Question | undefined): boolean {
  if (category.questions.length === 0) return true;
  if (category.questions.length > 1) return false;
  const only = question(category.questions[0]!);
  // The same heading made both: the category and its one answer start at the same place.
  return only !== undefined && only.source.file === category.source.file && only.source.line === category.source.line;
}
