/**
 * Pasted machine text: a log line, a JSON error body, a stack trace. People paste what their system
 * printed; what identifies the problem is its HTTP status, its error code and its message, while
 * timestamps, ids, hosts and JSON keys only add words no answer is about.
 */

const TIMESTAMP = /\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?\b/g;
const UUID = /\b[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\b/gi;
const LONG_ID = /\b(?=[0-9a-z-]*\d)[0-9a-z]+(?:-[0-9a-z]+)*\b/gi;
const URL = /\bhttps?:\/\/([^\s"'<>]+)/gi;
const JSON_KEY = /"([A-Za-z_][\w.-]{0,40})"\s*:/g;
const STACK_FRAME = /^\s*at\s+[\w$.<>]+\s*\(|\.(?:java|kt|cs|py|js|ts|php|rb|go):\d+/m;
const LEVEL = /\b(?:TRACE|DEBUG|INFO|WARN(?:ING)?|ERROR|FATAL|SEVERE)\b:?/g;

/** Keys whose values say what went wrong, in the bodies of most APIs. */
const MESSAGE_KEYS = /^(?:error_?message|error_?description|message|msg|detail|details|title|reason|error|description)$/i;
const CODE_KEYS = /^(?:error_?code|code)$/i;
const STATUS_KEYS = /^(?:status(?:_?code)?|http_?status(?:_?code)?|response_?code)$/i;

/** Whether a query looks pasted from a log, a JSON body or a stack trace rather than typed. */
export function looksPasted(query: string): boolean {
  if (/[{[]\s*"[^"]+"\s*:/.test(query) || STACK_FRAME.test(query)) return true;
  let signs = 0;
  if (new RegExp(TIMESTAMP.source).test(query)) signs++;
  if (new RegExp(UUID.source, 'i').test(query)) signs++;
  if (/\bhttps?:\/\//i.test(query)) signs++;
  if ((query.match(/\b\w+=[^\s,;]+/g) ?? []).length >= 2) signs++;
  if (/\b(?:ERROR|WARN|FATAL|Exception)\b/.test(query)) signs++;
  return signs >= 2;
}

/**
 * The parts of a pasted text that identify its problem: `HTTP <status>` for each status it names, `errorCode
 * <code>` for each error code, each message (the values of `errorMessage`, `message`, `error_description`, …,
 * and quoted sentences), and its own words with timestamps, ids, hosts, JSON keys and log levels removed.
 * A query that does not look pasted is returned as it is.
 */
export function reducePasted(query: string): string {
  if (!looksPasted(query)) return query;
  const statuses = new Set<string>();
  const codes = new Set<string>();
  const messages: string[] = [];

  for (const m of query.matchAll(/"([A-Za-z_][\w.-]{0,40})"\s*:\s*(?:"((?:[^"\\]|\\.){1,300})"|(-?\d{1,5}))/g)) {
    const key = m[1]!;
    const value = (m[2] ?? m[3] ?? '').trim();
    if (STATUS_KEYS.test(key) && /^[1-5]\d\d$/.test(value)) statuses.add(value);
    else if (CODE_KEYS.test(key) && /^[\w.-]{1,40}$/.test(value)) codes.add(value);
    else if (MESSAGE_KEYS.test(key) && value) messages.push(value);
  }
  for (const m of query.matchAll(/\b(?:status(?:[ _]?code)?|http_?status)\s*[=:]?\s*([1-5]\d\d)\b/gi)) statuses.add(m[1]!);
  for (const m of query.matchAll(/\bHTTP(?:\/[\d.]+)?\s+([1-5]\d\d)\b|(?:->|=>|→)\s*([1-5]\d\d)\b/gi)) statuses.add((m[1] ?? m[2])!);
  for (const m of query.matchAll(/\b(?:error_?code|code)\s*[=:]\s*([\w.-]{1,40})/gi)) codes.add(m[1]!);
  for (const m of query.matchAll(/(?:^|[\s:=])"([^"{}[\]]{3,300})"/g)) {
    const text = m[1]!.trim();
    // A quoted sentence (several words), not a JSON key or a lone value.
    if (/\s/.test(text) && !messages.includes(text) && !/"\s*:/.test(query.slice(m.index! + m[0].length, m.index! + m[0].length + 2))) messages.push(text);
  }

  const words = query
    // Stack frames, then URLs (their path says what was called: `/ecomm/v2/payments` → `ecomm payments`).
    .replace(/^\s*at\s+.*$|\bat\s+[\w$.<>]+\s*\([^)]*\)/gm, ' ')
    .replace(URL, (_, rest: string) => ` ${rest.replace(/^[^/]*/, '').replace(/[?#].*$/, '').replace(/\/v\d+(?=\/|$)/g, ' ').replace(/[/{}]+/g, ' ')} `)
    // JSON keys with their values, quoted messages (kept above), timestamps and ids.
    .replace(/"[A-Za-z_][\w.-]{0,40}"\s*:\s*(?:"(?:[^"\\]|\\.)*"|[^,}\]]*)/g, ' ')
    .replace(/"[^"{}[\]]{3,300}"/g, ' ')
    .replace(TIMESTAMP, ' ')
    .replace(/\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?\b/g, ' ')
    .replace(UUID, ' ')
    // key=value pairs, header names (`x-request-id:`), class names (`com.shop.VippsClient`), log levels.
    .replace(/\b[\w.-]+=[^\s,;]*/g, ' ')
    .replace(/\b[A-Za-z]+(?:-[A-Za-z]+)+:(?=\s)/g, ' ')
    .replace(/\b[a-z][\w$]*(?:\.[A-Za-z_$][\w$]*){2,}\b/g, ' ')
    .replace(LEVEL, ' ')
    .replace(LONG_ID, (id) => (/^[1-5]\d\d$/.test(id) ? id : ' '))
    .replace(/[[\]{}"<>|()]+/g, ' ')
    .replace(/(?:^|\s)[^\p{L}\p{N}\s]+(?=\s|$)/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

  return [
    ...[...statuses].map((status) => `HTTP ${status}`),
    ...[...codes].map((code) => `errorCode ${code}`),
    ...messages,
    words,
  ]
    .filter(Boolean)
    .join(' ; ');
}
