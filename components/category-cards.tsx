import Link from 'next/link';
import type { Category, Question } from '@/lib/content/types';
import { isNote } from '@/lib/section-notes';
import { QuestionList } from './question-list';

/** How many questions a category card shows before "All N questions". */
export const CARD_QUESTIONS = 4;
/** Past this many categories on one page, cards show their title and count only, so the page stays small. */
export const CARDS_WITH_QUESTIONS = 60;

/**
 * A document's categories as cards: each with its first questions and a link to
 * the rest, so a page of cards stays short however many questions there are.
 * The cards fill their rows (`.topic-grid`): no card sits alone on the last one.
 * Notes (a `##` section of prose without questions, such as a closing
 * "Questions?") are no topic: they are listed after the cards, each with its
 * first line, which says what it is. Links do not prefetch: a page of hundreds
 * of links would fetch hundreds of payloads.
 */
export function CategoryCards({
  categories,
  question,
  summary,
  headingLevel = 3,
  documentTitle,
  questionsPerCard = CARD_QUESTIONS,
}: {
  categories: Category[];
  question: (id: string) => Question | undefined;
  /** The first line of a question's answer (`site.answer(id).summary()`), shown beside a note. */
  summary: (questionId: string) => string | undefined;
  headingLevel?: 2 | 3 | 4;
  /** The title of the document the cards are shown under: its own category (loose questions) is then called "Questions". */
  documentTitle?: string;
  /** Questions per card. @defaultValue `CARD_QUESTIONS` */
  questionsPerCard?: number;
}) {
  const notes = categories.filter((category) => isNote(category, question));
  const topics = categories.filter((category) => !notes.includes(category));
  const Heading = (['h2', 'h3', 'h4'] as const)[headingLevel - 2]!;
  return (
    <>
      <ul className="topic-grid">
        {topics.map((category) => {
          const shown = category.questions.slice(0, questionsPerCard).map((id) => question(id)!);
          const more = category.questions.length - shown.length;
          return (
            <li key={category.id} className="card flex flex-col">
              <Heading className="text-base font-semibold">
                <Link href={category.url} prefetch={false} className="card-title">
                  {category.title === documentTitle ? 'Questions' : category.title}
                </Link>
              </Heading>
              <p className="text-sm text-muted">{count(category.questions.length)}</p>
              {shown.length > 0 && <QuestionList questions={shown} className="link-list mt-3 text-[0.95rem]" />}
              {more > 0 && (
                <p className="mt-auto pt-3 text-sm">
                  <Link href={category.url} prefetch={false}>
                    All {category.questions.length} questions<span className="sr-only"> in {category.title}</span> →
                  </Link>
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {notes.length > 0 && (
        <div className="mt-6">
          <Heading className="text-sm font-semibold text-muted">Also in this FAQ</Heading>
          <ul className="mt-2 space-y-2">
            {notes.map((category) => {
              const answer = category.questions[0];
              const line = answer && summary(answer);
              return (
                <li key={category.id} className="max-w-[var(--measure)]">
                  <Link href={answer ? question(answer)!.url : category.url} prefetch={false} className="font-medium">{category.title}</Link>
                  {line && <span className="text-muted"> — {line}</span>}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </>
  );
}

function count(n: number): string {
  return n === 1 ? '1 question' : `${n} questions`;
}
