import type { Symptom } from './types';

/** Reason phrases of the HTTP statuses an API user meets. */
const HTTP_REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

const REASON_TO_STATUS = new Map(Object.entries(HTTP_REASONS).map(([code, reason]) => [reason.toLowerCase(), Number(code)]));

const HTTP_STATUS = /\bHTTP(?:\/[\d.]+)?\s*(?:status\s*)?(?:code\s*)?([1-5]\d\d)\b/gi;
const STATUS_WITH_REASON = new RegExp(
  `\\b([1-5]\\d\\d)\\s+(${Object.values(HTTP_REASONS).map((r) => r.replace(/ /g, '\\s+')).join('|')})\\b`,
  'gi',
);
/** `status code 401`, `"status": 404`: error statuses only (a `"status": 200` in an example body is no symptom). */
const STATUS_CODE = /\b(?:status|response)(?:\s*code)?"?\s*[:=]?\s*["']?([45]\d\d)\b/gi;
const ERROR_CODE = /\berror[\s_-]?code["']?\s*[:=]?\s*["']?(\d{1,5})\b/gi;
const ERROR_NUMBER = /\berror\s+(\d{1,5})\b/gi;
/** `error E102`, `error code AB-12`: a code of letters and digits that the word "error" names as one. */
const ERROR_LETTER_CODE = /\berror(?:[\s_-]?code)?[\s:]+([A-Z]{1,4}-?\d{2,6})\b/g;
const AZURE_CODE = /\bAADSTS\d{3,}\b/g;
const JSON_MESSAGE = /"(?:errorMessage|message|title|detail)"\s*:\s*"([^"\\]{3,120})"/g;
/** Headings that name what goes wrong, whose quoted parts are what a user sees. */
const PROBLEM_TITLE = /\b(get|gets|got|error|errors|fail|fails|failed|denied|invalid|not|wrong|missing|mean|means)\b/i;
const JSON_ERROR_ID = /"(?:error|errorCode|code)"\s*:\s*"([A-Za-z][\w.-]{2,80})"/g;
const QUOTED = /"([^"]{3,160})"/g;
const SNAKE_IDENTIFIER = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/;
const DOTTED_IDENTIFIER = /^[a-z][a-z0-9]*(?:\.[a-z0-9]+){2,}$/;
/**
 * Tokens shaped like the name of an error, in any project's FAQ: a word and a number (`Session-00100`,
 * `Validation-00001`), an `ERR_` constant (`ERR_PNPM_NO_MATCHING_VERSION`) or a constant that names a
 * failure (`INVALID_REQUEST`), a system error (`ENOENT`, `ECONNREFUSED`), an exception or error class
 * (`NullPointerException`, `TypeError`).
 */
const ERROR_SHAPED = [
  /^[A-Z][A-Za-z]+-\d{3,}$/,
  /^(?:ERR|E|ERROR)_[A-Z0-9]+(?:_[A-Z0-9]+)*$/,
  /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_?(?:ERROR|FAILED|FAILURE|INVALID|DENIED|NOT_FOUND|NOT_ALLOWED|TIMEOUT|EXPIRED|UNAUTHORIZED|FORBIDDEN|REJECTED|MISSING|CONFLICT)(?:_[A-Z0-9]+)*$/,
  /^E(?:NOENT|ACCES|PERM|EXIST|NOTDIR|ISDIR|NOTEMPTY|CONNREFUSED|CONNRESET|TIMEDOUT|ADDRINUSE|NOTFOUND|AI_AGAIN|PIPE|MFILE|NOSPC|INTEGRITY|RESOLVE|LIFECYCLE|BUSY|ROFS|HOSTUNREACH|NETUNREACH)$/,
  /^[A-Z][A-Za-z0-9]*(?:Exception|Error)$/,
  /^[A-Z][a-z]+(?:[A-Z][a-z]+)*(?:Denied|Failed|Failure|Invalid|NotFound|Forbidden|Timeout|Expired|Rejected|Missing|Conflict|Unauthorized)$/,
];
/** Where error-shaped tokens are looked for in prose: whole tokens of letters, digits, `_` and `-`. */
const TOKEN = /(?<![\w.-])[A-Za-z][\w-]{3,80}(?![\w-])/g;
/** A process's exit status, as a build log or a terminal shows it. */
const EXIT_CODE = /\bexit(?:ed)?\s+(?:with\s+)?(?:code|status)\s+(\d{1,3})\b/gi;

/** Whether a token names an error: an error-shaped name, or a snake_case or dotted identifier. */
export function isErrorIdentifier(text: string): boolean {
  return ERROR_SHAPED.some((shape) => shape.test(text)) || SNAKE_IDENTIFIER.test(text) || DOTTED_IDENTIFIER.test(text);
}

export interface SymptomSources {
  /** The question heading as plain text. */
  title: string;
  /** Inline code spans of the heading. */
  titleCode: string[];
  /** Plain text of the answer. */
  text: string;
  /** Inline code spans of the answer. */
  inlineCode: string[];
  /** Fenced and indented code blocks of the answer. */
  codeBlocks: { lang: string | null; value: string }[];
}

/**
 * What an answer covers: HTTP statuses and error codes anywhere in heading or
 * answer (not in the text of links, which name other questions), and the error
 * messages and identifiers a user would paste from a log.
 * Messages come from the heading (code spans, quoted text), from quoted code
 * spans in the answer, and from error fields and one-line bodies of code blocks.
 */
export function extractSymptoms(sources: SymptomSources): Symptom[] {
  const found = new Map<string, Symptom>();
  const add = (symptom: Symptom) => {
    const key = symptomKey(symptom);
    if (!found.has(key)) found.set(key, symptom);
  };
  const addStatus = (code: number) => add({ type: 'http-status', code, label: httpLabel(code) });

  const prose = [sources.title, ...sources.titleCode, sources.text, ...sources.inlineCode].join('\n');
  const code = sources.codeBlocks.map((block) => block.value).join('\n');

  for (const m of prose.matchAll(HTTP_STATUS)) addStatus(Number(m[1]));
  for (const source of [prose, code]) for (const m of source.matchAll(STATUS_CODE)) addStatus(Number(m[1]));
  for (const m of prose.matchAll(STATUS_WITH_REASON)) {
    if (REASON_TO_STATUS.get(m[2]!.replace(/\s+/g, ' ').toLowerCase()) === Number(m[1])) addStatus(Number(m[1]));
  }
  for (const source of [prose, code]) {
    for (const m of source.matchAll(ERROR_CODE)) add({ type: 'error-code', code: m[1]!, label: `errorCode ${m[1]}` });
    for (const m of source.matchAll(AZURE_CODE)) add({ type: 'identifier', text: m[0] });
  }
  for (const m of prose.matchAll(ERROR_NUMBER)) add({ type: 'error-code', code: m[1]!, label: `errorCode ${m[1]}` });
  for (const m of prose.matchAll(ERROR_LETTER_CODE)) add({ type: 'identifier', text: m[1]! });
  for (const m of prose.matchAll(EXIT_CODE)) add({ type: 'identifier', text: `exit code ${m[1]}` });
  // Error names anywhere in the heading or the answer: a bare setting (`client_id`) is not one of them.
  for (const source of [prose, code]) {
    for (const m of source.matchAll(TOKEN)) if (ERROR_SHAPED.some((shape) => shape.test(m[0]))) add({ type: 'identifier', text: m[0] });
  }

  if (PROBLEM_TITLE.test(sources.title)) {
    for (const span of sources.titleCode) addMessageOrIdentifier(span, add);
    for (const m of sources.title.matchAll(QUOTED)) addMessageOrIdentifier(m[1]!, add);
  }

  // A quoted code span is a message someone saw. A bare identifier in the answer (`client_id`) is
  // more often a setting to check than a symptom: identifiers count from the heading and error bodies.
  for (const span of sources.inlineCode) {
    const quoted = /^"(.{3,200})"$/.exec(span.trim());
    if (quoted) add({ type: 'error-message', text: firstSentence(quoted[1]!) });
  }

  for (const block of sources.codeBlocks) {
    for (const m of block.value.matchAll(JSON_MESSAGE)) add({ type: 'error-message', text: firstSentence(m[1]!) });
    for (const m of block.value.matchAll(JSON_ERROR_ID)) {
      if (isErrorIdentifier(m[1]!)) add({ type: 'identifier', text: m[1]! });
    }
    if (isPlainMessage(block)) add({ type: 'error-message', text: firstSentence(block.value.trim()) });
  }
  return [...found.values()];
}

/** The label a person reads for a status, e.g. `HTTP 401 Unauthorized`. */
export function httpLabel(code: number): string {
  const reason = HTTP_REASONS[code];
  return reason ? `HTTP ${code} ${reason}` : `HTTP ${code}`;
}

/** One key per symptom, case-insensitive, for de-duplication and look-up. */
export function symptomKey(symptom: Symptom): string {
  switch (symptom.type) {
    case 'http-status':
      return `http:${symptom.code}`;
    case 'error-code':
      return `code:${symptom.code}`;
    case 'error-message':
    case 'identifier':
      return `text:${symptom.text.toLowerCase()}`;
  }
}

function addMessageOrIdentifier(raw: string, add: (symptom: Symptom) => void): void {
  const text = raw.trim();
  if (text.length < 3) return;
  // Spans that only restate a status or code are covered by the patterns above.
  if (/^HTTP\s*\d{3}\b/i.test(text) || /^error\s*code\s*\d+$/i.test(text)) {
    const quoted = /"([^"]+)"/.exec(text);
    if (quoted) add({ type: 'error-message', text: quoted[1]! });
    return;
  }
  const quoted = /"([^"]+)"/.exec(text);
  if (quoted && /^error\s*code/i.test(text)) {
    add({ type: 'error-message', text: quoted[1]! });
    return;
  }
  // A single word is a symptom only when it names an error: not the product's name (`pnpm`), a field to
  // check (`sub`) or a placeholder (`<YOUR-PROJECT-HERE>`).
  if (!/\s/.test(text)) {
    if (isErrorIdentifier(text) || /^[A-Z]{2,}\d{3,}$/.test(text)) add({ type: 'identifier', text });
    return;
  }
  add({ type: 'error-message', text });
}

/** A short text block that reads like a message (not code or a command). */
function isPlainMessage(block: { lang: string | null; value: string }): boolean {
  if (block.lang && !['text', 'txt', 'plain', 'log'].includes(block.lang.toLowerCase())) return false;
  const value = block.value.trim();
  return value.length > 10 && value.length <= 240 && /^[A-Z][^{}<>;=]*[.!]?$/s.test(value) && value.split('\n').length <= 3;
}

function firstSentence(text: string): string {
  const sentence = /^(.+?[.!?])(\s|$)/s.exec(text.trim());
  return (sentence ? sentence[1]! : text.trim()).replace(/\s+/g, ' ').replace(/[.]$/, '');
}
