import type { Question } from '@/lib/content/types';
import type { Neighbourhood } from '@/lib/map/neighbourhood';
import { withBasePath } from '@/lib/base-path';
import { files } from '@/lib/routes';
import { InlineSvg } from './inline-svg';

/**
 * A small static map of the questions this one links to (right) and that
 * link to it (left), each a link to its page (components/neighbourhood-svg.tsx,
 * served as app/q/[id]/neighbourhood.svg). The Related and Linked from lists
 * beside it say the same in text, so the drawing is hidden from screen readers
 * and its links are left out of the Tab order; on a phone, where its labels
 * would be a few pixels high, it is not shown or fetched at all. The page
 * itself carries only the drawing's place, sized to its shape.
 */
export function QuestionNeighbourhood({ question, hood }: { question: Question; hood: Neighbourhood | undefined }) {
  if (!hood) return null;
  return (
    <figure className="no-print mt-8 hidden md:block">
      <figcaption className="mb-2 text-sm text-[var(--muted)]">
        Neighbourhood: questions that link here on the left, questions this answer links to on the right.
      </figcaption>
      <InlineSvg
        src={withBasePath(files.neighbourhood(question.id))}
        className="w-full max-w-3xl"
        style={{ aspectRatio: `${hood.width} / ${hood.height}`, maxHeight: '24rem' }}
      />
    </figure>
  );
}
