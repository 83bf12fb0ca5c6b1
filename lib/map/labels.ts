/** Size of a category's name on the maps, in map units, and the distance between two of its lines. */
export const LABEL_FONT_SIZE = 12;
export const LABEL_LINE_HEIGHT = LABEL_FONT_SIZE + 2;
/** A document's title above its outline: bigger than a category's name. */
export const DOCUMENT_LABEL_FONT_SIZE = 15;
/** A question's title under its circle on a small map: smaller than a category's name, in plain weight. */
export const QUESTION_LABEL_FONT_SIZE = 10;
export const QUESTION_LABEL_LINE_HEIGHT = QUESTION_LABEL_FONT_SIZE + 2;

/** About how wide a label is, in map units, written in bold at `fontSize` (an average character is 0.58 of it). */
export function labelWidth(text: string, fontSize = LABEL_FONT_SIZE): number {
  return text.length * fontSize * 0.58;
}

/** The box of a label's lines centred on x, the first line's baseline at y. */
export function labelBox(x: number, y: number, lines: readonly string[], fontSize = LABEL_FONT_SIZE, lineHeight = LABEL_LINE_HEIGHT) {
  const half = Math.max(...lines.map((line) => labelWidth(line, fontSize))) / 2;
  return { left: x - half, right: x + half, top: y - fontSize, bottom: y + lineHeight * (lines.length - 1) };
}

/**
 * A name in lines of at most `max` characters, broken between words, two
 * lines at most: the second (or a single overlong word) is cut with an ellipsis.
 */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= 1) return lines.map((only) => (only.length <= max ? only : `${only.slice(0, max - 1)}…`));
  return [lines[0]!.length <= max ? lines[0]! : `${lines[0]!.slice(0, max - 1)}…`, shorten(lines.slice(1).join(' '), max)];
}

/** A text cut to `max` characters at a word boundary, with an ellipsis. */
export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}
