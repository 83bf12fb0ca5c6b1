import Link from 'next/link';
import type { GraphIndex } from '@/lib/content/graph-index';
import { wizardUrl } from '@/lib/routes';
import { isNote } from '@/lib/section-notes';
import { CARD_QUESTIONS } from './category-cards';
import { QuestionTitle } from './question-list';
import { ResultsSearchBox } from './results-search-box';

/** Past this many categories the list names categories only, so the page stays small at 10,000 questions. */
const FALLBACK_CATEGORIES_WITH_QUESTIONS = 24;
/** Questions named under each category while there are few categories. */
const QUESTIONS_EACH = Math.min(3, CARD_QUESTIONS);

/**
 * What the search page is before its script runs: the heading, the search box (a plain form), and for a reader
 * without JavaScript (or a troubleshooter form that fell back here), a note, the
 * troubleshooter and the answers by category. The part for readers without
 * JavaScript is in `<noscript>`, so nobody else sees it appear and vanish.
 */
export function SearchFallback({ site }: { site: Pick<GraphIndex, 'graph' | 'question'> }) {
  // Notes (a closing "Questions?") are no topic: the topics are the categories of questions.
  const categories = site.graph.categories.filter((category) => !isNote(category, site.question));
  const withQuestions = categories.length <= FALLBACK_CATEGORIES_WITH_QUESTIONS;
  return (
    <>
      {/* The size the results page gives its heading, and its box, so nothing moves when it takes over. */}
      <h1 className="text-3xl font-bold">Search</h1>
      <ResultsSearchBox />
      <noscript>
        <div data-search-fallback className="mt-3 max-w-[var(--measure)]">
          <p className="text-muted">
            Search runs in your browser and needs JavaScript, which is off here. Every answer is still one click away: walk
            through the <Link href={wizardUrl()}>troubleshooter</Link> from what you see, or pick a topic below.
          </p>
          <p className="mt-4">
            <Link href={wizardUrl()} className="btn">Troubleshoot step by step <span aria-hidden="true">→</span></Link>
          </p>
          <h2 className="mt-8 text-xl font-semibold">Answers by topic</h2>
          <ul className={`mt-3 ${withQuestions ? 'grid gap-5 sm:grid-cols-2' : 'columns-1 gap-6 space-y-1 sm:columns-2'}`}>
            {categories.map((category) => (
              <li key={category.id} className="break-inside-avoid">
                <Link href={category.url} className="font-semibold">{category.title}</Link>
                <span className="text-sm text-muted"> ({category.questions.length})</span>
                {withQuestions && (
                  <ul className="mt-1.5 space-y-1 text-[0.95rem]">
                    {category.questions.slice(0, QUESTIONS_EACH).map((id) => {
                      const question = site.question(id)!;
                      return (
                        <li key={id}>
                          <Link href={question.url}><QuestionTitle question={question} /></Link>
                        </li>
                      );
                    })}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </div>
      </noscript>
    </>
  );
}
