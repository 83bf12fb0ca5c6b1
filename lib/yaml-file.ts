import type { VFile } from 'vfile';
import { reportOn } from '@/lib/content/report';
import { CST, LineCounter, parseDocument, Parser, type Document, type Node, type YAMLError } from 'yaml';

/** A YAML content file that parsed, with a way to say where any of its nodes is written. */
export interface YamlFile {
  doc: Document.Parsed;
  /** Where `node` starts, 1-based as editors count; the top of the file when there is no node. */
  placeOf(node: unknown): { line: number; column: number };
}

/**
 * Parses the YAML text of a content file (the glossary, a troubleshooter file).
 * A syntax error becomes one `malformed-yaml` error on `file`: the first, since
 * the rest are mostly its echo, placed where the mistake is (the `[` that is
 * never closed, the quote that never ends) rather than where the parser gave
 * up, which can be lines later or past the end of the file.
 *
 * @param options.source The `source` of the message, e.g. `glossary`.
 * @returns `undefined` when the text is not valid YAML.
 */
export function parseYamlFile(file: VFile, options: { source: string; uniqueKeys?: boolean }): YamlFile | undefined {
  const text = String(file.value);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: options.uniqueKeys ?? true });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const error = doc.errors[0];
  if (error) {
    const { offset, reason } = explainSyntaxError(text, error);
    reportOn(file, position(offset), `Cannot read YAML: ${reason}`, { ruleId: 'malformed-yaml', source: options.source });
    return undefined;
  }
  return {
    doc,
    placeOf: (node) => position((node as Node | null | undefined)?.range?.[0] ?? 0),
  };
}

/** Where a syntax error really is and what to do about it. */
function explainSyntaxError(text: string, error: YAMLError): { offset: number; reason: string } {
  const said = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const at = error.pos[0];
  if (error.code === 'MISSING_CHAR' && /quote/i.test(said)) {
    const quote = lastQuotedScalarBefore(text, at);
    if (quote) return { offset: quote.offset, reason: `the quote here is never closed; close it with \`${quote.mark}\` where the text ends` };
  }
  if (/end with a [\]}]/.test(said)) {
    const flow = firstUnclosedFlowBefore(text, at);
    if (flow) return { offset: flow.offset, reason: `the \`${flow.mark}\` here is never closed; close it with \`${flow.mark === '[' ? ']' : '}'}\` where the list ends` };
  }
  // The usual cause is prose with `: ` in it, which YAML reads as a nested key.
  const fix = error.code === 'BLOCK_AS_IMPLICIT_KEY' ? '; put text that contains `: ` in quotes' : '';
  // A parser that ran off the end reports a place after the last line; the last character is nearer the mistake.
  return { offset: Math.min(at, Math.max(0, text.trimEnd().length - 1)), reason: `${said}${fix}` };
}

/** Every token of the concrete syntax tree that is a key or a value, in document order. */
function valueTokens(text: string): CST.Token[] {
  const tokens: CST.Token[] = [];
  for (const document of new Parser().parse(text)) {
    if (document.type !== 'document') continue;
    CST.visit(document, (item) => {
      for (const token of [item.key, item.value]) if (token) tokens.push(token);
    });
  }
  return tokens;
}

/** The quoted text that swallowed the rest of the file: the last one opened before the error. */
function lastQuotedScalarBefore(text: string, offset: number): { offset: number; mark: string } | undefined {
  const quoted = valueTokens(text).filter((token) => (token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') && token.offset < offset);
  const last = quoted.at(-1) as CST.FlowScalar | undefined;
  return last && { offset: last.offset, mark: last.source[0]! };
}

/** The first `[` or `{` that has no closing bracket. */
function firstUnclosedFlowBefore(text: string, offset: number): { offset: number; mark: string } | undefined {
  for (const token of valueTokens(text)) {
    if (token.type !== 'flow-collection' || token.offset >= offset) continue;
    const closed = token.end.some((end) => end.type === 'flow-seq-end' || end.type === 'flow-map-end');
    if (!closed) return { offset: token.offset, mark: token.start.source };
  }
  return undefined;
}
