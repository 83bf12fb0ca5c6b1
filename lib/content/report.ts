import type { VFile } from 'vfile';

type Severity = 'info' | 'warning' | 'error';
const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * The one format of every content message (FAQ files, glossary, troubleshooter
 * files, knowledge-map notes): one line each, `file:line:column  severity  reason  [rule]`,
 * as editors link them; files in the order given, messages by position.
 */
export function formatMessages(files: VFile[], options: { minSeverity?: Severity } = {}): string {
  const threshold = RANK[options.minSeverity ?? 'info'];
  const lines: string[] = [];
  for (const file of files) {
    for (const message of [...file.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))) {
      const severity: Severity = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
      if (RANK[severity] < threshold) continue;
      lines.push(`${file.path}:${message.line ?? 1}:${message.column ?? 1}  ${severity}  ${message.reason}  [${message.ruleId ?? 'faq'}]`);
    }
  }
  return lines.join('\n');
}

/**
 * Every message as a GitHub Actions annotation (`::error file=…,line=…,col=…,title=…::…`), so a
 * pull request that changes content shows each problem on its line. Files in the order given.
 */
export function formatGithubAnnotations(files: VFile[], options: { minSeverity?: Severity } = {}): string {
  const threshold = RANK[options.minSeverity ?? 'info'];
  const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const lines: string[] = [];
  for (const file of files) {
    for (const message of [...file.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))) {
      const severity: Severity = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
      if (RANK[severity] < threshold) continue;
      const command = severity === 'info' ? 'notice' : severity;
      const properties = [`file=${escapeProperty(file.path)}`, `line=${message.line ?? 1}`, `col=${message.column ?? 1}`, `title=${escapeProperty(message.ruleId ?? 'faq')}`];
      lines.push(`::${command} ${properties.join(',')}::${escapeData(message.reason)}`);
    }
  }
  return lines.join('\n');
}

export function hasErrors(files: VFile[]): boolean {
  return files.some((file) => file.messages.some((message) => message.fatal === true));
}

/** Thrown when content (FAQ files, glossary, troubleshooter) has errors; its message lists every error. */
export class ContentError extends Error {
  /** Kept out of the error's own properties, so a dev server that prints the error prints its errors, not every file. */
  readonly #files: VFile[];

  /** The message is the errors alone, one per line: the dev server's overlay shows it, and notes would bury it. */
  constructor(files: VFile[]) {
    super(`The content has errors:\n${formatMessages(files, { minSeverity: 'error' })}`);
    this.name = 'ContentError';
    this.#files = files;
  }

  /** Every content file with its messages, notes and warnings included. */
  get files(): VFile[] {
    return this.#files;
  }
}

/** Where a message goes in a content file, 1-based as editors count. */
export interface MessagePlace {
  line: number;
  column: number;
}

/**
 * Puts a message on a content file at `place`, the one way every reader of content (the FAQ files, the
 * settings, the glossary, the troubleshooter) reports a problem: `formatMessages` prints it as
 * `file:line:column  severity  reason  [rule]`. An error fails the check and the build.
 */
export function reportOn(file: VFile, place: MessagePlace, reason: string, options: { ruleId: string; source: string; severity?: 'error' | 'warning' | 'info' }): void {
  const message = file.message(reason, { place, ruleId: options.ruleId, source: options.source });
  const severity = options.severity ?? 'error';
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
}
