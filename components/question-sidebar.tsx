import { withBasePath } from '@/lib/base-path';
import type { Category, Question } from '@/lib/content/types';
import { homeUrl } from '@/lib/routes';
import { sidebarWindow } from '@/lib/sidebar-window';
import { QuestionTitle } from './question-list';
import { SidebarCurrent } from './sidebar-current';

/**
 * The category's questions beside a question, the current one marked. A long
 * category is listed around the current question only (`sidebarWindow`), with a
 * link to the rest, so pages stay small however large a category grows.
 * Server HTML with plain links (InAppLinks moves within the app): the only
 * client code of its own is SidebarCurrent, which scrolls the list to the
 * current question.
 */
export function QuestionSidebar({ category, current, question }: { category: Category; current: string; question: (id: string) => Question | undefined }) {
  const { shown, before, after } = sidebarWindow(category.questions, current);
  const all = (
    <a href={withBasePath(category.url)} data-in-app="">
      All {category.questions.length} questions<span className="sr-only"> in {category.title}</span>
    </a>
  );
  return (
    <nav aria-labelledby="sidebar-heading" className="doc-sidebar no-print text-sm">
      <p id="sidebar-heading" className="eyebrow px-2.5">
        <a href={withBasePath(category.url)} data-in-app="" className="text-inherit no-underline hover:underline">{category.title}</a>
      </p>
      {before > 0 && <p className="px-2.5 pb-1 text-muted">{before} earlier · {all}</p>}
      <ol className="side-nav space-y-0.5">
        {shown.map((id) => {
          const q = question(id)!;
          return (
            <li key={id}>
              <a href={withBasePath(q.url)} data-in-app="" aria-current={id === current ? 'page' : undefined}>
                <QuestionTitle question={q} />
              </a>
            </li>
          );
        })}
      </ol>
      {after > 0 && <p className="px-2.5 pt-1 text-muted">{after} more · {all}</p>}
      <SidebarCurrent />
      <p className="mt-4 border-t border-line px-2.5 pt-3">
        <a href={withBasePath(`${homeUrl}#categories`)} data-in-app="" className="text-muted no-underline hover:text-fg hover:underline">← All topics</a>
      </p>
    </nav>
  );
}
