/** Decides, section by section, which headings of a document are categories, questions and parts of answers. */
import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { headingKind } from './heading-kind';

/** How an author can fix the reading of a whole file: the `layout` metadata key. */
export type LayoutSetting = 'mixed' | 'categories' | 'questions';
export const LAYOUT_SETTINGS: readonly LayoutSetting[] = ['mixed', 'categories', 'questions'];

/** A `###` heading and what follows it up to the next `##` or `###`. */
export interface OutlinePart {
  heading: Heading;
  nodes: RootContent[];
}

/** A `##` heading with its own text (`lead`) and its `###` sub-sections. */
export interface OutlineSection {
  heading: Heading;
  lead: RootContent[];
  parts: OutlinePart[];
}

/** A document's content cut at its `##` and `###` headings. */
export interface Outline {
  /** What comes before the first `##`, up to any `###`. */
  intro: RootContent[];
  /** `###` sections before the first `##`. */
  strayParts: OutlinePart[];
  sections: OutlineSection[];
}

/** What one `##` section turned out to be, and why, in words an author reads. */
export type SectionReading =
  | { kind: 'category'; reason: string }
  | { kind: 'question'; reason: string }
  | { kind: 'notes'; reason: string };

export interface StructureDecision {
  readings: SectionReading[];
  /** `flat`: every `##` is a question; `categorised`: every `##` a category; `mixed`: both. */
  layout: 'flat' | 'categorised' | 'mixed';
  summary: string;
}

/** Cuts top-level content at `##` and `###` headings; deeper headings stay in the text. */
export function buildOutline(nodes: RootContent[]): Outline {
  const outline: Outline = { intro: [], strayParts: [], sections: [] };
  for (const node of nodes) {
    const section = outline.sections.at(-1);
    if (node.type === 'heading' && node.depth === 2) {
      outline.sections.push({ heading: node, lead: [], parts: [] });
    } else if (node.type === 'heading' && node.depth === 3) {
      (section ? section.parts : outline.strayParts).push({ heading: node, nodes: [] });
    } else if (section) {
      const part = section.parts.at(-1);
      (part ? part.nodes : section.lead).push(node);
    } else {
      const part = outline.strayParts.at(-1);
      (part ? part.nodes : outline.intro).push(node);
    }
  }
  return outline;
}

/**
 * Reads each `##` section as a person does:
 *
 * - A section without `###` headings is a question, unless most of the file's
 *   sections are categories and its heading does not ask anything: then it is
 *   notes (a category with prose and no questions, such as a closing "Questions?").
 * - A section whose `###` headings name parts of an answer (`Solution 1`, `When
 *   the folder is on another disk`, `Windows`) and none asks a question is a question.
 * - A section whose heading asks and whose `###` headings do not is a question.
 * - A section whose `###` headings ask questions is a category of them, unless its
 *   own heading asks too and it has answer text of its own before them.
 * - A section of statements under a statement is whatever most of the file is.
 *
 * `setting` overrides the guess for the whole file.
 */
export function decideStructure(outline: Outline, setting: LayoutSetting = 'mixed'): StructureDecision {
  const sections = outline.sections;
  let readings: (SectionReading | undefined)[];
  if (setting === 'questions') {
    readings = sections.map(() => ({ kind: 'question', reason: 'the metadata sets `layout: questions`' }));
  } else if (setting === 'categories') {
    readings = sections.map((section) =>
      section.parts.length > 0
        ? { kind: 'category', reason: 'the metadata sets `layout: categories`' }
        : { kind: 'notes', reason: 'the metadata sets `layout: categories` and it has no `###` questions' },
    );
  } else {
    readings = sections.map(readOnItsOwn);
    const categories = readings.filter((r) => r?.kind === 'category').length;
    const questions = readings.filter((r) => r?.kind === 'question').length;
    const mostlyCategories = categories > 0 && categories >= questions;
    readings = readings.map((reading, i) => reading ?? readByMajority(sections[i]!, mostlyCategories, categories, questions));
  }
  const final = readings as SectionReading[];
  const has = (kind: SectionReading['kind']) => final.some((r) => r.kind === kind);
  const layout = !has('category') ? (has('notes') && !has('question') ? 'categorised' : 'flat') : has('question') || outline.strayParts.length > 0 ? 'mixed' : 'categorised';
  return { readings: final, layout, summary: summarise(final, layout, setting) };
}

/** The reading a section's own headings settle, or undefined when only the rest of the file can. */
function readOnItsOwn(section: OutlineSection): SectionReading | undefined {
  const title = headingText(section.heading);
  const asks = headingKind(title) === 'question';
  const { parts } = section;
  if (parts.length === 0) {
    return asks ? { kind: 'question', reason: 'its heading asks and no `###` headings follow' } : undefined;
  }
  const kinds = parts.map((part) => headingKind(headingText(part.heading)));
  const questions = kinds.filter((kind) => kind === 'question').length;
  const answerParts = kinds.filter((kind) => kind === 'answer-part').length;
  const list = quoteList(parts.map((part) => headingText(part.heading)));
  if (questions === 0 && answerParts > 0) {
    return { kind: 'question', reason: `its \`###\` headings (${list}) are parts of an answer` };
  }
  if (questions === 0 && asks) {
    return { kind: 'question', reason: `its heading asks; its \`###\` headings (${list}) are parts of the answer` };
  }
  if (questions > 0 && asks && hasText(section.lead)) {
    return { kind: 'question', reason: `its heading asks and it answers before its \`###\` headings (${list}), which are parts of the answer` };
  }
  if (questions > 0) {
    const share = parts.length === 1 ? 'its `###` heading is a question' : questions === parts.length ? `${questions === 2 ? 'both' : `all ${questions}`} of its \`###\` headings are questions` : `${questions} of its ${parts.length} \`###\` headings are questions`;
    return { kind: 'category', reason: share };
  }
  return undefined;
}

function readByMajority(section: OutlineSection, mostlyCategories: boolean, categories: number, questions: number): SectionReading {
  const counts = `the file has ${categories} ${plural(categories, 'category', 'categories')} and ${questions} \`##\` ${plural(questions, 'question', 'questions')}`;
  if (section.parts.length === 0) {
    return mostlyCategories
      ? { kind: 'notes', reason: `its heading does not ask and it has no \`###\` questions, while ${counts}` }
      : { kind: 'question', reason: `it has its own answer, and ${counts}` };
  }
  const list = quoteList(section.parts.map((part) => headingText(part.heading)));
  return mostlyCategories || questions === 0
    ? { kind: 'category', reason: `its \`###\` headings (${list}) are entries, as in the rest of the file (${categories ? counts : 'no section asks a question'})` }
    : { kind: 'question', reason: `its \`###\` headings (${list}) are parts of its answer, as ${counts}` };
}

function summarise(readings: SectionReading[], layout: StructureDecision['layout'], setting: LayoutSetting): string {
  const count = (kind: SectionReading['kind']) => readings.filter((r) => r.kind === kind).length;
  const parts = [
    [count('category'), 'category of `###` questions', 'categories of `###` questions'],
    [count('question'), '`##` question', '`##` questions'],
    [count('notes'), '`##` section of prose, each an answer titled by its heading', '`##` sections of prose, each an answer titled by its heading'],
  ] as const;
  const found = parts.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${plural(n, one, many)}`);
  const how = setting === 'mixed' ? 'decided per section; set `layout: categories` or `layout: questions` in the metadata to override' : `set by \`layout: ${setting}\``;
  return `Read as ${layout}: ${found.join(', ') || 'no sections'} (${how})`;
}

export function headingText(heading: Heading): string {
  return toString(heading, { includeHtml: false }).replace(/\s+/g, ' ').trim();
}

function hasText(nodes: RootContent[]): boolean {
  return nodes.some((node) => node.type !== 'html' && toString(node).trim() !== '');
}

function quoteList(titles: string[]): string {
  const shown = titles.slice(0, 3).map((title) => `\`${title}\``);
  return titles.length > 3 ? `${shown.join(', ')} …` : shown.join(', ');
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}
