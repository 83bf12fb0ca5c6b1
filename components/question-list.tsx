import Link from 'next/link';
import type { Question } from '@/lib/content/types';

/** Inline heading HTML (code spans), sanitised when the graph was built. */
export function QuestionTitle({ question }: { question: Pick<Question, 'titleHtml'> }) {
  return <span className="question-title" dangerouslySetInnerHTML={{ __html: question.titleHtml }} />;
}

/** A list of links to questions. */
export function QuestionList({ questions, className = '' }: { questions: Question[]; className?: string }) {
  return (
    <ul className={`link-list space-y-1.5 ${className}`}>
      {questions.map((question) => (
        <li key={question.id}>
          <Link href={question.url} prefetch={false}>
            <QuestionTitle question={question} />
          </Link>
        </li>
      ))}
    </ul>
  );
}
