/**
 * Docusaurus admonitions (`:::tip` … `:::`) as callouts: the container directives of
 * micromark-extension-directive and mdast-util-directive, and nothing else of them.
 */
import type { Paragraph, Parent, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { directive } from 'micromark-extension-directive';
import type { Construct, Extension } from 'micromark-util-types';
import { visit } from 'unist-util-visit';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';

/** The admonitions Docusaurus has, and the word each callout's title starts with. */
export const CALLOUT_KINDS = { tip: 'Tip', note: 'Note', info: 'Info', warning: 'Warning', caution: 'Caution', danger: 'Danger' } as const;
type CalloutKind = keyof typeof CALLOUT_KINDS;

/**
 * Only the container form (`:::name` lines). The text form would read `a:b:c`, `mailto:x` or
 * `:smile:` as directives (`:b`, `:x`, `:smile`) and the leaf form `::name` lines, in FAQs written
 * for GitHub, where they are plain text; remark-directive enables all three.
 */
// `directive()` lists the container construct first, then the leaf one (`flow: { 58: [container, leaf] }`);
// remark-callouts.test.ts fails if `::leaf` lines or `:::` containers stop reading as they should.
const constructs = directive().flow?.[58];
const containersOnly: Extension = { flow: { 58: (Array.isArray(constructs) ? constructs[0] : constructs) as Construct } };

/** Adds the syntax of `:::name` containers to a remark parser (`containerDirective` nodes). */
export function remarkCalloutSyntax(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(containersOnly);
  (data.fromMarkdownExtensions ??= []).push(directiveFromMarkdown());
}

const TITLED_OPENING = new RegExp(`^( {0,3}:{3,})(${Object.keys(CALLOUT_KINDS).join('|')})[ \\t]+(\\S.*?)[ \\t\\r]*$`);

/** The text as the syntax reads it, and the opening lines it rewrote as they were written, by line number. */
export interface BracketedTitles {
  text: string;
  written: Map<number, string>;
}

/**
 * The text with Docusaurus's titled openings (`:::tip My title`) written in directive form
 * (`:::tip[My title]`), which the syntax reads; unchanged when it has none. Only lines that `tree`,
 * the text's first parse, has as the start of a paragraph are rewritten, never one in a code block.
 * Line numbers stay as they were, and so do line endings (`\r\n` included).
 */
export function bracketCalloutTitles(text: string, tree: Root): BracketedTitles {
  const lines = text.split('\n');
  const written = new Map<number, string>();
  visit(tree, 'paragraph', (paragraph) => {
    const at = (paragraph.position?.start.line ?? 0) - 1;
    const line = lines[at] ?? '';
    const match = TITLED_OPENING.exec(line);
    if (!match || paragraph.position?.start.column !== match[1]!.indexOf(':') + 1) return;
    written.set(at + 1, line.replace(/\r$/, '').trimEnd());
    lines[at] = `${match[1]}${match[2]}[${asLabel(match[3]!)}]${line.endsWith('\r') ? '\r' : ''}`;
  });
  return { text: written.size > 0 ? lines.join('\n') : text, written };
}

/**
 * A title as the text of a directive label: brackets that pair up (a link, `a[0]` in code) stay as they
 * are, since a label may hold them; a bracket that would end the label early or never closes is escaped,
 * outside code spans (where a backslash would show); a backslash at the end would escape the label's `]`.
 */
function asLabel(title: string): string {
  const escape = new Set<number>();
  const open: number[] = [];
  for (let i = 0; i < title.length; i++) {
    const char = title[i];
    if (char === '\\') {
      i++;
    } else if (char === '`') {
      // A code span runs to the next run of as many backticks; without one, the backticks are text.
      const run = /^`+/.exec(title.slice(i))![0];
      const close = title.indexOf(run, i + run.length);
      i = (close >= 0 ? close : i) + run.length - 1;
    } else if (char === '[') {
      open.push(i);
    } else if (char === ']' && open.pop() === undefined) {
      escape.add(i);
    }
  }
  for (const i of open) escape.add(i);
  let label = '';
  for (let i = 0; i < title.length; i++) label += escape.has(i) ? `\\${title[i]}` : title[i];
  return /(?:^|[^\\])(?:\\\\)*\\$/.test(label) ? `${label}\\` : label;
}

/**
 * Turns `:::tip` … `:::` containers of the six kinds into callouts: `<div class="callout callout-tip"
 * role="note">` opening with a title paragraph (`Tip`, or `Tip: My title`). Any other `:::name`
 * container, and one never closed, is put back as the text it was written as, with a warning at its
 * line; so is a paragraph that opens with `:::` but is no container.
 */
export function buildCallouts(tree: Root, { text, written }: BracketedTitles, file: VFile): void {
  visit(tree, 'paragraph', (paragraph) => {
    const first = paragraph.children[0];
    if (first?.type !== 'text' || !/^:{3,}/.test(first.value)) return;
    const line = written.get(paragraph.position?.start.line ?? 0)?.trim() ?? first.value.split('\n')[0]!;
    file.message(`\`${line}\` is not read as a callout; write \`:::tip\`, \`:::tip Title\` or \`:::tip[Title]\` on a line of its own (or note, info, warning, caution, danger) and end it with a \`:::\` line; its text is shown as written`, {
      place: paragraph.position?.start,
      ruleId: 'unknown-callout',
      source: 'faq',
    });
  });
  const walk = (parent: Parent) => {
    parent.children = (parent.children as RootContent[]).flatMap((node): RootContent[] => {
      if ('children' in node) walk(node);
      return node.type === 'containerDirective' ? readContainer(node, text, written, file) : [node];
    }) as Parent['children'];
  };
  walk(tree);
}

function readContainer(node: ContainerDirective, text: string, written: ReadonlyMap<number, string>, file: VFile): RootContent[] {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? text.length;
  const source = text.slice(start, end).split('\n');
  // As the author wrote it: `:::tip My title`, not the `:::tip[My title]` it was read as.
  const opening = written.get(node.position?.start.line ?? 0)?.trim() ?? source[0]!.trimEnd();
  const closed = source.length > 1 && /^\s*:{3,}\s*$/.test(source.at(-1)!);
  const label = isLabel(node.children[0]) ? node.children[0] : undefined;
  const body = label ? node.children.slice(1) : node.children;
  const kind = Object.hasOwn(CALLOUT_KINDS, node.name) ? (node.name as CalloutKind) : undefined;
  if (kind && closed) {
    const title: Paragraph = {
      type: 'paragraph',
      data: { hProperties: { className: ['callout-title'] } },
      children: [{ type: 'text', value: label ? `${CALLOUT_KINDS[kind]}: ` : CALLOUT_KINDS[kind] }, ...(label?.children ?? [])],
    };
    node.children = [title, ...body];
    node.data = { hName: 'div', hProperties: { className: ['callout', `callout-${kind}`], role: 'note' } };
    return [node];
  }
  const reason = kind
    ? `\`${opening}\` is never closed; end the callout with a \`:::\` line`
    : `\`${opening}\` is not a callout this site knows; write one of \`:::${Object.keys(CALLOUT_KINDS).join('`, `:::')}\``;
  file.message(`${reason}; its text is shown as written`, { place: node.position?.start, ruleId: kind ? 'unclosed-callout' : 'unknown-callout', source: 'faq' });
  const line = (n: number, value: string): Paragraph => ({
    type: 'paragraph',
    children: [{ type: 'text', value }],
    position: { start: { line: n, column: 1 }, end: { line: n, column: value.length + 1 } },
  });
  const first = node.position?.start.line ?? 1;
  return [line(first, opening), ...(body as RootContent[]), ...(kind || !closed ? [] : [line(first + source.length - 1, source.at(-1)!.trim())])];
}

function isLabel(node: RootContent | undefined): node is Paragraph {
  return node?.type === 'paragraph' && Boolean((node.data as { directiveLabel?: boolean } | undefined)?.directiveLabel);
}
