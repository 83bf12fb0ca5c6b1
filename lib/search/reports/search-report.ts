/**
 * Where people fail to find answers, from the `faq:*` events a host page collects: the searches that
 * find nothing in the current index, and the searches followed by "This did not solve it", each with
 * the question to give an `also asked as` phrasing, so authors add phrasings where people actually fail.
 *
 * The export is JSON lines, one event per line, as a host's listener would write them:
 *
 * ```json
 * {"type":"faq:search","detail":{"query":"kunden vil si opp avtalen","resultId":"how-can-i-delete-an-agreement"},"time":"2025-03-01T09:12:00Z","session":"a1"}
 * {"type":"faq:not-solved","detail":{"node":"refund-a-payment","question":"how-can-i-refund-a-payment"},"time":"2025-03-01T09:13:10Z","session":"a1"}
 * ```
 *
 * `type` is the event's name and `detail` its `CustomEvent.detail` (see components/faq-events.ts);
 * `time` (ISO 8601) orders events, and file order breaks ties and stands in when it is missing;
 * `session` ties a search to what the same visitor did next. Other event types (`faq:solved`,
 * `faq:wizard-step`) are read for what the visitor reached. A line that is not such an event is
 * skipped with a message naming it.
 */
import { z } from 'zod';
import type { Searcher } from '../engine/types';

const searchDetail = z.object({ query: z.string(), resultId: z.string().optional() });
const questionDetail = z.object({ node: z.string().optional(), question: z.string() });
const line = z.object({
  type: z.string().regex(/^faq:/, 'is no faq: event'),
  detail: z.unknown(),
  time: z.string().optional(),
  session: z.string().optional(),
});

/** One event as read from the export. */
export type FaqEventRecord =
  | { type: 'faq:search'; query: string; resultId?: string; time?: number; session?: string; line: number }
  | { type: 'faq:not-solved' | 'faq:solved' | 'faq:wizard-step'; question?: string; node?: string; time?: number; session?: string; line: number };

/**
 * Reads a JSON-lines export. Blank lines are ignored; every other line that is not an event of the shape
 * above becomes a problem, `file:line  what is wrong`, and is skipped.
 *
 * @param file Name used in problems.
 */
export function parseFaqEvents(text: string, file = 'events.jsonl'): { events: FaqEventRecord[]; problems: string[] } {
  const events: FaqEventRecord[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((raw, i) => {
    const lineNumber = i + 1;
    const trimmed = raw.trim();
    if (trimmed === '') return;
    const problem = (reason: string) => problems.push(`${file}:${lineNumber}  ${reason}; line skipped`);
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch {
      problem(`not JSON: \`${trimmed.slice(0, 60)}${trimmed.length > 60 ? '…' : ''}\``);
      return;
    }
    const event = line.safeParse(json);
    if (!event.success) {
      problem(describeIssue(event.error.issues[0]));
      return;
    }
    const { type, detail, session } = event.data;
    const time = event.data.time === undefined ? undefined : Date.parse(event.data.time);
    if (time !== undefined && Number.isNaN(time)) {
      problem(`\`time\` is not an ISO 8601 date: \`${event.data.time}\``);
      return;
    }
    if (type === 'faq:search') {
      const parsed = searchDetail.safeParse(detail);
      if (!parsed.success) return void problem(`faq:search needs \`detail.query\` (a string), and \`detail.resultId\` is a string when present`);
      events.push({ type, query: parsed.data.query, resultId: parsed.data.resultId, time, session, line: lineNumber });
    } else if (type === 'faq:not-solved' || type === 'faq:solved' || type === 'faq:wizard-step') {
      const parsed = questionDetail.partial().safeParse(detail);
      if (!parsed.success || (type !== 'faq:wizard-step' && !parsed.data.question)) return void problem(`${type} needs \`detail.question\` (a question id)`);
      events.push({ type, question: parsed.data.question, node: parsed.data.node, time, session, line: lineNumber });
    }
    // Other faq: events say nothing about searching; they are read and left alone.
  });
  return { events, problems };
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'not an event';
  const path = issue.path.join('.');
  if (issue.code === 'invalid_type' && issue.path.length === 0) return 'not an event: expected an object such as {"type":"faq:search","detail":{"query":"…"}}';
  return `\`${path}\` ${issue.message.toLowerCase()}`;
}

/** Where to add an `also asked as` phrasing for a query, and why that question. */
export interface Suggestion {
  question: string;
  title: string;
  /** `reached`: the question the visitor went on to in the same session; `top`: what search now ranks first. */
  because: 'reached' | 'top';
}

export interface FailedSearch {
  /** The query as first typed (the group's other spellings differ in case and spacing only). */
  query: string;
  count: number;
  suggestion?: Suggestion;
}

export interface NotSolvedSearch extends FailedSearch {
  /** The question that did not solve it. */
  notSolved: string;
}

export interface SearchReport {
  /** Searches that find nothing in the current index, most frequent first. */
  noResults: FailedSearch[];
  /** Searches followed in the same session by "This did not solve it", most frequent first. */
  notSolved: NotSolvedSearch[];
  searches: number;
}

/**
 * Builds the report: each search is run through `searcher` (the current index, so searches that found
 * nothing then but find something now are not reported), searches are grouped by their words, and each
 * group gets a suggestion: the question the visitor reached after it in the same session, else the top
 * result now (for a search that did not solve it, the first result other than the question that did not).
 *
 * @param titleOf Title of a question id, for the suggestion; the id itself when unknown.
 */
export function buildSearchReport(events: FaqEventRecord[], searcher: Searcher, titleOf: (id: string) => string | undefined = () => undefined): SearchReport {
  const ordered = events
    .map((event, order) => ({ event, order }))
    .sort((a, b) => (a.event.time ?? 0) - (b.event.time ?? 0) || a.order - b.order)
    .map(({ event }) => event);
  const noResults = new Map<string, FailedSearch>();
  const notSolved = new Map<string, NotSolvedSearch>();
  const suggest = (question: string, because: Suggestion['because']): Suggestion => ({ question, title: titleOf(question) ?? question, because });
  let searches = 0;

  ordered.forEach((event, i) => {
    if (event.type === 'faq:search') {
      searches++;
      if (event.query.trim() === '' || searcher.search(event.query, { limit: 1 }).length > 0) return;
      const reached = reachedAfter(ordered, i);
      add(noResults, keyOf(event.query), event.query, () => (reached ? suggest(reached, 'reached') : undefined));
      return;
    }
    if (event.type !== 'faq:not-solved' || event.session === undefined) return;
    const search = searchBefore(ordered, i);
    if (!search) return;
    const reached = reachedAfter(ordered, i, event.question);
    const top = searcher.search(search.query, { limit: 3 }).find((result) => result.id !== event.question);
    const key = `${keyOf(search.query)}\u0000${event.question}`;
    const entry = add(notSolved, key, search.query, () => (reached ? suggest(reached, 'reached') : top ? suggest(top.id, 'top') : undefined));
    entry.notSolved = event.question!;
  });

  const byCount = <T extends FailedSearch>(groups: Map<string, T>) => [...groups.values()].sort((a, b) => b.count - a.count || a.query.localeCompare(b.query));
  return { noResults: byCount(noResults), notSolved: byCount(notSolved), searches };
}

/** Queries that differ only in case, accents and spacing are one group. */
function keyOf(query: string): string {
  return query.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function add<T extends FailedSearch>(groups: Map<string, T>, key: string, query: string, suggestion: () => Suggestion | undefined): T {
  let entry = groups.get(key);
  if (!entry) groups.set(key, (entry = { query: query.trim(), count: 0 } as T));
  entry.count++;
  // The latest suggestion wins only where an earlier search of the group had none.
  entry.suggestion ??= suggestion();
  return entry;
}

/** The latest search before event `i` in its session. */
function searchBefore(events: FaqEventRecord[], i: number): Extract<FaqEventRecord, { type: 'faq:search' }> | undefined {
  const session = events[i]!.session;
  for (let j = i - 1; j >= 0; j--) {
    const event = events[j]!;
    if (event.session !== session) continue;
    if (event.type === 'faq:search') return event;
  }
  return undefined;
}

/**
 * The question the visitor of event `i`'s session went on to: the first later result they opened from a
 * search, or answer they marked solved, other than `not`.
 */
function reachedAfter(events: FaqEventRecord[], i: number, not?: string): string | undefined {
  const session = events[i]!.session;
  if (session === undefined) return undefined;
  for (let j = i + 1; j < events.length; j++) {
    const event = events[j]!;
    if (event.session !== session) continue;
    const question = event.type === 'faq:search' ? event.resultId : event.type === 'faq:solved' ? event.question : undefined;
    if (question && question !== not) return question;
  }
  return undefined;
}

/** The report as text: two lists, each line a count, a query and where to add it as `also asked as`. */
export function formatSearchReport(report: SearchReport, problems: string[] = []): string {
  const lines: string[] = [];
  const total = (groups: FailedSearch[]) => groups.reduce((sum, group) => sum + group.count, 0);
  const advice = (suggestion: Suggestion | undefined) =>
    suggestion
      ? `add to \`${suggestion.question}\` (${suggestion.because === 'reached' ? 'the question they reached' : 'the top result now'}: ${suggestion.title})`
      : 'no question found: write an answer, or add the words to the glossary';
  lines.push(`Searches that find nothing (${report.noResults.length} ${plural(report.noResults.length, 'query', 'queries')}, ${total(report.noResults)} of ${report.searches} searches)`);
  if (report.noResults.length === 0) lines.push('  none');
  for (const group of report.noResults) lines.push(`  ${String(group.count).padStart(4)}×  ${JSON.stringify(group.query)}  →  ${advice(group.suggestion)}`);
  lines.push('', `Searches followed by "This did not solve it" (${report.notSolved.length} ${plural(report.notSolved.length, 'query', 'queries')}, ${total(report.notSolved)} times)`);
  if (report.notSolved.length === 0) lines.push('  none');
  for (const group of report.notSolved) {
    lines.push(`  ${String(group.count).padStart(4)}×  ${JSON.stringify(group.query)}  did not solve it at \`${group.notSolved}\`  →  ${advice(group.suggestion)}`);
  }
  if (problems.length > 0) lines.push('', `Lines skipped (${problems.length})`, ...problems.map((problem) => `  ${problem}`));
  lines.push('', 'Add a phrasing under the question\'s heading: <!-- also asked as: the query as people typed it -->');
  return lines.join('\n');
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}
