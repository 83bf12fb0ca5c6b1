import { parse as parseYaml, YAMLParseError } from 'yaml';

export interface MetadataResult {
  metadata: Record<string, unknown>;
  problem?: { reason: string; line: number; column: number };
}

const METADATA_COMMENT = /^<!--\s*START_METADATA\s*\n([\s\S]*?)\n?\s*END_METADATA\s*-->\s*$/;

/** True when an HTML block is the `<!-- START_METADATA … END_METADATA -->` wrapper. */
export function isMetadataComment(html: string): boolean {
  return /^<!--\s*START_METADATA\b/.test(html);
}

/**
 * Reads document metadata from YAML front matter (`yaml` is the text between
 * the `---` fences) or from a START_METADATA comment (`comment` is the whole
 * HTML block). Lines in a problem are relative to the text given, 1-based.
 */
export function parseMetadata(source: { yaml: string } | { comment: string }): MetadataResult {
  let yaml: string;
  let lineOffset = 0;
  if ('yaml' in source) {
    yaml = source.yaml;
    lineOffset = 1; // the opening `---`
  } else {
    const match = METADATA_COMMENT.exec(source.comment);
    if (!match) {
      return {
        metadata: {},
        problem: { reason: 'Malformed metadata: START_METADATA comment is not closed by `END_METADATA -->`', line: 1, column: 1 },
      };
    }
    const inner = match[1] ?? '';
    const fenced = /^---\s*\n([\s\S]*?)\n---\s*$/.exec(inner.trim());
    if (!fenced) {
      return {
        metadata: {},
        problem: { reason: 'Malformed metadata: expected YAML between `---` lines inside START_METADATA', line: 2, column: 1 },
      };
    }
    yaml = fenced[1] ?? '';
    lineOffset = 2; // the comment line and the opening `---`
  }
  try {
    const value: unknown = parseYaml(yaml);
    if (value === null || value === undefined) return { metadata: {} };
    if (typeof value !== 'object' || Array.isArray(value)) {
      return { metadata: {}, problem: { reason: 'Malformed metadata: expected `key: value` pairs', line: lineOffset + 1, column: 1 } };
    }
    return { metadata: value as Record<string, unknown> };
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const at = error.linePos?.[0];
      const firstLine = (error.message.split("\n")[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, "");
      return {
        metadata: {},
        problem: { reason: `Malformed metadata: ${firstLine}`, line: lineOffset + (at?.line ?? 1), column: at?.col ?? 1 },
      };
    }
    throw error;
  }
}
