/**
 * Checklist progress as data: which steps are done, how it travels in a link
 * (`?done=1,3`), how it is kept per question, and how it reads in a ticket.
 * Pure functions; the React component only wires them to the page.
 */
import type { ChecklistPart } from './content/types';
import { fnv1a } from './fnv';

export type { ChecklistPart };

export interface ChecklistItem {
  n: number;
  text: string;
}

/** A part of a checklist with how far along it is. */
export interface PartProgress extends ChecklistPart {
  done: number;
  total: number;
}

export interface DoneParam {
  /** Valid step numbers, ascending, without repeats. */
  done: number[];
  /** Parts of the parameter that were not a step of this checklist. */
  rejected: string[];
}

/** Reads `?done=1,3,5` (also `1-3`) against a checklist of `count` steps. Never throws. */
export function parseDoneParam(value: string | null, count: number): DoneParam {
  const done = new Set<number>();
  const rejected: string[] = [];
  if (!value) return { done: [], rejected };
  for (const raw of value.slice(0, 500).split(/[,\s]+/).filter(Boolean).slice(0, 100)) {
    const range = /^(\d{1,4})-(\d{1,4})$/.exec(raw);
    const [from, to] = range ? [Number(range[1]), Number(range[2])] : /^\d{1,4}$/.test(raw) ? [Number(raw), Number(raw)] : [NaN, NaN];
    if (!(from >= 1 && to <= count && from <= to)) {
      rejected.push(raw.slice(0, 20));
      continue;
    }
    for (let n = from; n <= to; n++) done.add(n);
  }
  return { done: [...done].sort((a, b) => a - b), rejected };
}

/** `1,2,3,5` → `1-3,5`: short enough to read aloud on the phone. */
export function formatDoneParam(done: Iterable<number>): string {
  const sorted = [...new Set(done)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!;
    let end = start;
    while (sorted[i + 1] === end + 1) end = sorted[++i]!;
    parts.push(end - start >= 2 ? `${start}-${end}` : end === start ? `${start}` : `${start},${end}`);
  }
  return parts.join(',');
}

/** Identifies a checklist's wording: saved progress is dropped when it changes. */
export function checklistSignature(items: ChecklistItem[]): string {
  return `${items.length}:${fnv1a(items.map((item) => item.text).join('\u0000'))}`;
}

export interface SavedProgress {
  signature: string;
  done: number[];
}

/** Saved progress if it belongs to this wording of the checklist, else null (and why). */
export function restoreProgress(saved: unknown, signature: string, count: number): { done: number[] } | { reset: 'changed' } | null {
  if (!saved || typeof saved !== 'object') return null;
  const { signature: savedSignature, done } = saved as Partial<SavedProgress>;
  if (typeof savedSignature !== 'string' || !Array.isArray(done)) return null;
  if (savedSignature !== signature) return { reset: 'changed' };
  return { done: done.filter((n): n is number => Number.isInteger(n) && n >= 1 && n <= count) };
}

/**
 * Progress per part of a checklist of several lists (alternative procedures), in the
 * answer's numbering: `?done=` and saved progress stay global step numbers.
 */
export function partProgress(parts: readonly ChecklistPart[], done: ReadonlySet<number>): PartProgress[] {
  return parts.map((part) => {
    let count = 0;
    for (let n = part.from; n <= part.to; n++) if (done.has(n)) count++;
    return { ...part, done: count, total: part.to - part.from + 1 };
  });
}

/**
 * The checklist as plain text for a support ticket, with the numbers the page shows.
 * A checklist of several parts lists each under its label, with how far along it is.
 */
export function checklistAsText(title: string, items: ChecklistItem[], done: ReadonlySet<number>, url: string, parts: readonly ChecklistPart[] = []): string {
  const line = (item: ChecklistItem) => `[${done.has(item.n) ? 'x' : ' '}] ${item.n}. ${item.text}`;
  const summary = `${done.size} of ${items.length} steps done`;
  if (parts.length === 0) return [title, summary, ...items.map(line), url].join('\n');
  const groups = partProgress(parts, done).map((part) =>
    [`${part.label} (${part.done} of ${part.total} done):`, ...items.filter((item) => item.n >= part.from && item.n <= part.to).map(line)].join('\n'),
  );
  return [[title, summary].join('\n'), ...groups, url].join('\n\n');
}
