/**
 * "On this page" for a question: the answer's sub-headings and checklist steps
 * (grouped by part when the answer has several lists), then the sections under
 * the answer. Shown only for long answers, where it saves scrolling.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { ChecklistPart, ChecklistStep } from './content/types';

export interface ContentsEntry {
  /** The fragment, without `#`. */
  id: string;
  label: string;
  /** 0 for the answer's own sections and the page's, 1 for what sits under them (steps under their part). */
  depth: 0 | 1;
  /** The step's number, shown before its label. */
  step?: number;
}

export interface ContentsInput {
  /** The answer's sanitised HTML, or that HTML parsed. */
  answer: string | Root;
  text: string;
  steps: Pick<ChecklistStep, 'id' | 'n' | 'text'>[];
  checklistParts: ChecklistPart[];
  /** Sections of the page after the answer, such as `{ id: 'related-heading', label: 'Related' }`. */
  after?: { id: string; label: string }[];
}

/** An answer this long (characters of text) gets contents even without sub-headings. */
export const LONG_ANSWER = 1200;
/** Longest label before it is cut at a word. */
const LABEL = 72;

/** The page's contents, or `[]` when the answer is short enough to see at once. */
export function buildPageContents({ answer, text, steps, checklistParts, after = [] }: ContentsInput): ContentsEntry[] {
  const tree = typeof answer === 'string' ? fromHtml(answer, { fragment: true }) : answer;
  const { headings, firstStepAt } = outline(tree, steps[0]?.id);
  const long = text.length >= LONG_ANSWER || headings.length >= 2;
  if (!long || headings.length + steps.length < 2) return [];
  const stepEntries = (from: number, to: number) =>
    steps.filter((step) => step.n >= from && step.n <= to).map((step): ContentsEntry => ({ id: step.id, label: shorten(step.text), depth: 1, step: step.n }));
  const checklist: ContentsEntry[] =
    checklistParts.length > 0
      ? checklistParts.flatMap((part) => [{ id: `step-${part.from}`, label: shorten(part.label), depth: 0 as const }, ...stepEntries(part.from, part.to)])
      : steps.length > 0
        ? [{ id: steps[0]!.id, label: 'Steps', depth: 0 }, ...stepEntries(1, Number.MAX_SAFE_INTEGER)]
        : [];
  // Steps and sub-headings in the order the answer has them: a heading before the first step comes first.
  const headingsBefore = headings.filter((heading) => heading.at < firstStepAt);
  const headingsAfter = headings.filter((heading) => heading.at >= firstStepAt);
  const asEntry = ({ id, label }: { id: string; label: string }): ContentsEntry => ({ id, label: shorten(label), depth: 0 });
  return [...headingsBefore.map(asEntry), ...checklist, ...headingsAfter.map(asEntry), ...after.map(asEntry)];
}

/** Sub-headings with an anchor, and where the first step is, as places in the answer's document order. */
function outline(tree: Root, firstStep: string | undefined): { headings: { id: string; label: string; at: number }[]; firstStepAt: number } {
  const headings: { id: string; label: string; at: number }[] = [];
  let firstStepAt = Infinity;
  let at = 0;
  const walk = (parent: Root | Element) => {
    for (const node of parent.children) {
      if (node.type !== 'element') continue;
      const id = node.properties.id;
      at++;
      if (id === firstStep && firstStepAt === Infinity) firstStepAt = at;
      if (/^h[2-6]$/.test(node.tagName) && typeof id === 'string') headings.push({ id, label: toText(node).trim(), at });
      else walk(node);
    }
  };
  walk(tree);
  return { headings: headings.filter((heading) => heading.label), firstStepAt };
}

/** A label short enough for a side column: cut at a word, with an ellipsis. */
export function shorten(text: string, max = LABEL): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length).replace(/[\s,;:.(]+$/, '')}…`;
}
