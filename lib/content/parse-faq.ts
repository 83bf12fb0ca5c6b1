import type { Element, Root as HastRoot } from 'hast';
import { toText } from 'hast-util-to-text';
import type { Heading, Html, List, ListItem, Root as MdastRoot, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { fnv1a as shortHash } from '../fnv';
import { isMetadataComment, parseMetadata } from './metadata';
import { rehypeFaqAnchors } from './rehype-faq-anchors';
import { remarkHtmlLikeText } from './remark-html-like-text';
import { faqSanitizeSchema } from './sanitize-schema';
import { createSlugger, documentIdFromFile } from './slug';
import { extractSymptoms } from './symptoms';
import type { ChecklistStep, SourcePosition, Symptom } from './types';

/** A link found in content, before the graph resolves it. */
export type LinkReference =
  | { kind: 'anchor'; file: string | null; anchor: string; text: string; element: Element; place: SourcePosition }
  | { kind: 'file'; file: string; text: string; element: Element; place: SourcePosition }
  | { kind: 'external'; href: string; text: string; element: Element; place: SourcePosition };

/** A heading section (category intro or question answer) rendered to sanitised hast. */
export interface ParsedSection {
  id: string;
  title: string;
  titleHast: HastRoot;
  body: HastRoot;
  text: string;
  /** Anchors of sub-headings inside the section. */
  anchors: string[];
  links: LinkReference[];
  place: SourcePosition;
}

export interface ParsedQuestion extends ParsedSection {
  steps: ChecklistStep[];
  symptoms: Symptom[];
}

export interface ParsedCategory extends ParsedSection {
  questions: ParsedQuestion[];
}

export interface ParsedFaqDocument {
  id: string;
  file: VFile;
  title: string;
  layout: 'categorised' | 'flat';
  metadata: Record<string, unknown>;
  notices: ParsedSection[];
  intro: ParsedSection;
  categories: ParsedCategory[];
  /** Every heading anchor of the document, as GitHub makes them. */
  headingAnchors: Set<string>;
  /** Links of a dropped table of contents: checked, but only warned about. */
  tocLinks: LinkReference[];
}

const TOC_TITLE = /^\s*(table of contents|contents|toc|innhold(sfortegnelse)?)\s*:?\s*$/i;
const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

type Region = 'content' | 'toc' | 'notice' | 'metadata';

interface PendingCategory {
  heading: Heading;
  nodes: RootContent[];
  questions: { heading: Heading; nodes: RootContent[] }[];
}

/**
 * Reads one FAQ markdown file into documents, categories and questions.
 *
 * Layout rule, decided per file: if the file has any `###` heading outside its
 * table of contents, its `##` headings are categories and its `###` headings
 * are questions; otherwise every `##` heading is a question, in one category
 * named after the document's `#` title. Deeper headings stay in the answer.
 *
 * Dropped: front matter and START_METADATA (kept as metadata), the table of
 * contents (START_TOC block, or a heading named "Table of contents" and what
 * follows it up to the next heading). START_COMMENT blocks become notices.
 * Problems are reported as messages on `file`.
 */
export function parseFaqDocument(file: VFile): ParsedFaqDocument {
  const source = wellFormed(String(file.value));
  const tree = markdown.parse(source) as MdastRoot;
  const headingIds = assignHeadingIds(tree);
  remarkHtmlLikeText()(tree);
  const regions = classifyRegions(tree.children, file);
  const metadata = readMetadata(tree.children, regions, file);
  const layout = tree.children.some((node, i) => regions[i] === 'content' && isHeading(node, 3)) ? 'categorised' : 'flat';

  const stepNumbers = new Map<number, number>();
  const anchorOptions = { headingIds, stepNumbers };
  const withRawHtml = unified()
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSanitize, faqSanitizeSchema)
    .use(rehypeFaqAnchors, anchorOptions);
  // Most sections have no raw HTML; re-parsing them with parse5 is the costliest step and changes nothing.
  const withoutRawHtml = unified()
    .use(remarkRehype)
    .use(rehypeSanitize, faqSanitizeSchema)
    .use(rehypeFaqAnchors, anchorOptions);

  const render = (nodes: RootContent[]): HastRoot =>
    (nodes.some(needsRawPass) ? withRawHtml : withoutRawHtml).runSync({ type: 'root', children: nodes } as MdastRoot, file) as HastRoot;

  const makeSection = (heading: Heading | null, nodes: RootContent[], fallbackTitle: string): ParsedSection => {
    const body = render(nodes);
    const titleHast = heading ? headingContent(render([heading])) : { type: 'root' as const, children: [] };
    return {
      id: heading ? headingIds.get(offsetOf(heading))! : '',
      title: heading ? normaliseSpace(toText(titleHast)) : fallbackTitle,
      titleHast,
      body,
      text: normaliseSpace(toText(body, { whitespace: 'pre-wrap' })),
      anchors: nodes.flatMap((node) => collectHeadingIds(node, headingIds)),
      links: collectLinks(body),
      place: pointOf(heading ?? nodes[0]),
    };
  };

  const makeQuestion = (heading: Heading, nodes: RootContent[]): ParsedQuestion => {
    const stepCount = numberSteps(nodes, stepNumbers);
    const section = makeSection(heading, nodes, '');
    if (!section.id) {
      // GitHub gives such a heading an empty anchor; a page still needs a path.
      section.id = `question-${section.place.line}`;
      file.message(`Question \`${section.title}\` has no letters or digits for an anchor; it is published as \`${section.id}\``, {
        place: heading.position,
        ruleId: 'empty-anchor',
        source: 'faq',
      });
    }
    if (!section.text) {
      file.message(`Question \`${section.title}\` has no answer`, { place: heading.position, ruleId: 'empty-answer', source: 'faq' });
    }
    const titleCode: string[] = [];
    visit(heading, 'inlineCode', (node) => void titleCode.push(node.value));
    const inlineCode: string[] = [];
    const codeBlocks: { lang: string | null; value: string }[] = [];
    for (const node of nodes) {
      visit(node, (child) => {
        if (child.type === 'inlineCode') inlineCode.push(child.value);
        if (child.type === 'code') codeBlocks.push({ lang: child.lang ?? null, value: child.value });
      });
    }
    return {
      ...section,
      steps: stepCount > 0 ? renderedSteps(section.body) : [],
      symptoms: extractSymptoms({ title: section.title, titleCode, text: section.text, inlineCode, codeBlocks }),
    };
  };

  // Walk the content region, cutting it at the headings that open categories and questions.
  const categoryDepth = layout === 'categorised' ? 2 : 0;
  const questionDepth = layout === 'categorised' ? 3 : 2;
  const titleHeading = tree.children.find((node, i) => regions[i] === 'content' && isHeading(node, 1)) as Heading | undefined;
  const title = titleHeading ? normaliseSpace(toString(titleHeading)) : stringOr(metadata.title, documentIdFromFile(file.path));

  const introNodes: RootContent[] = [];
  const pending: PendingCategory[] = [];
  const currentCategory = (): PendingCategory => {
    const last = pending.at(-1);
    if (last) return last;
    const implicit: PendingCategory = { heading: titleHeading ?? syntheticHeading(title), nodes: [], questions: [] };
    pending.push(implicit);
    return implicit;
  };

  tree.children.forEach((node, i) => {
    if (regions[i] !== 'content' || node === titleHeading) return;
    if (node.type === 'heading' && node.depth === categoryDepth) {
      pending.push({ heading: node, nodes: [], questions: [] });
    } else if (node.type === 'heading' && node.depth === questionDepth) {
      currentCategory().questions.push({ heading: node, nodes: [] });
    } else if (pending.length === 0) {
      introNodes.push(node);
    } else {
      const category = currentCategory();
      const question = category.questions.at(-1);
      (question ? question.nodes : category.nodes).push(node);
    }
  });

  const categories: ParsedCategory[] = [];
  for (const category of pending) {
    const section = makeSection(category.heading, category.nodes, title);
    if (!section.id) section.id = documentIdFromFile(file.path);
    const questions = category.questions.map((q) => makeQuestion(q.heading, q.nodes));
    if (questions.length === 0 && layout === 'categorised') {
      file.info(`Category \`${section.title}\` has no questions; its text is shown on the category page`, {
        place: category.heading.position,
        ruleId: 'category-without-questions',
        source: 'faq',
      });
    }
    categories.push({ ...section, questions });
  }

  const notices = tree.children.filter((node, i) => regions[i] === 'notice' && node.type !== 'html');

  return {
    id: documentIdFromFile(file.path),
    file,
    title,
    layout,
    metadata,
    notices: notices.length ? [makeSection(null, notices, 'Notice')] : [],
    intro: makeSection(null, introNodes, title),
    categories,
    headingAnchors: new Set(headingIds.values()),
    tocLinks: tree.children.flatMap((node, i) => (regions[i] === 'toc' ? collectLinks(render([node])) : [])),
  };
}

/** GitHub anchors for every heading, in document order (repeats get `-1`, `-2` …). */
function assignHeadingIds(tree: MdastRoot): Map<number, string> {
  const slug = createSlugger();
  const ids = new Map<number, string>();
  visit(tree, 'heading', (node) => {
    ids.set(offsetOf(node), slug(headingText(node)));
  });
  return ids;
}

/** The heading's text as GitHub slugs it: raw HTML tags are not text. */
function headingText(node: Heading): string {
  return toString(node, { includeHtml: false });
}

/**
 * Marks each top-level node as content, table of contents, notice or metadata.
 * START_COMMENT … END_COMMENT is a notice, except a table of contents inside it.
 */
function classifyRegions(nodes: RootContent[], file: VFile): Region[] {
  const regions: Region[] = [];
  let block: 'toc' | 'notice' | null = null;
  let blockStart: Html | null = null;
  let tocHeadingDepth = 0;
  let seenSection = false;
  for (const node of nodes) {
    const marker = node.type === 'html' ? commentMarker(node.value) : null;
    if (node.type === 'yaml' || (node.type === 'html' && isMetadataComment(node.value))) {
      regions.push('metadata');
      continue;
    }
    if (marker === 'START_TOC' || marker === 'START_COMMENT') {
      block = marker === 'START_TOC' ? 'toc' : 'notice';
      blockStart = node as Html;
      tocHeadingDepth = 0;
      regions.push(block);
      continue;
    }
    if (marker === 'END_TOC' || marker === 'END_COMMENT') {
      regions.push(block ?? 'notice');
      block = null;
      blockStart = null;
      tocHeadingDepth = 0;
      continue;
    }
    if (node.type === 'heading' && TOC_TITLE.test(toString(node))) {
      tocHeadingDepth = node.depth;
      regions.push('toc');
      continue;
    }
    if (tocHeadingDepth && node.type === 'heading' && node.depth <= tocHeadingDepth) tocHeadingDepth = 0;
    if (tocHeadingDepth || block === 'toc') regions.push('toc');
    else if (block) regions.push(block);
    else {
      if (node.type === 'heading' && node.depth >= 2) seenSection = true;
      regions.push(!seenSection && isUnmarkedToc(node) ? 'toc' : 'content');
    }
  }
  if (block && blockStart) {
    file.message(`\`<!-- START_${block === 'toc' ? 'TOC' : 'COMMENT'} -->\` is never closed; the rest of the file was read as content`, {
      place: blockStart.position,
      ruleId: 'unclosed-block',
      source: 'faq',
    });
    // Nothing may be lost: an unclosed block keeps its text as content.
    const start = nodes.indexOf(blockStart);
    for (let i = start + 1; i < regions.length; i++) regions[i] = 'content';
  }
  return regions;
}

function commentMarker(html: string): string | null {
  const match = /^<!--\s*(START_TOC|END_TOC|START_COMMENT|END_COMMENT)\s*-->\s*$/.exec(html.trim());
  return match ? match[1]! : null;
}

/** A list of nothing but `#anchor` links before the first section: a table of contents without a heading. */
function isUnmarkedToc(node: RootContent): boolean {
  if (node.type !== 'list') return false;
  let links = 0;
  let otherText = '';
  visit(node, (child) => {
    if (child.type === 'link') {
      if (!child.url.startsWith('#')) otherText += 'x';
      links++;
      return 'skip';
    }
    if (child.type === 'text') otherText += child.value.replace(/[\s.,]/g, '');
  });
  return links >= 3 && otherText === '';
}

function readMetadata(nodes: RootContent[], regions: Region[], file: VFile): Record<string, unknown> {
  const metadata: Record<string, unknown> = {};
  nodes.forEach((node, i) => {
    if (regions[i] !== 'metadata') return;
    const result = node.type === 'yaml' ? parseMetadata({ yaml: node.value }) : parseMetadata({ comment: (node as Html).value });
    Object.assign(metadata, result.metadata);
    if (result.problem && node.position) {
      const line = node.position.start.line + result.problem.line - 1;
      file.message(result.problem.reason, { place: { line, column: result.problem.column }, ruleId: 'malformed-metadata', source: 'faq' });
    }
  });
  return metadata;
}

/**
 * Marks the items of ordered lists as checklist steps, numbered across the
 * answer. Lists nested in a step are part of that step. Returns how many.
 */
function numberSteps(nodes: RootContent[], stepNumbers: Map<number, number>): number {
  const items: ListItem[] = [];
  for (const node of nodes) {
    visitParents(node, 'list', (list: List, ancestors) => {
      if (!list.ordered) return;
      const insideStep = ancestors.some((a) => a.type === 'listItem' && items.includes(a as ListItem));
      if (insideStep) return;
      for (const item of list.children) {
        items.push(item);
        stepNumbers.set(offsetOf(item), items.length);
      }
    });
  }
  return items.length;
}

/** Checklist steps as rendered (sanitised) text, in order. */
function renderedSteps(body: HastRoot): ChecklistStep[] {
  const steps: ChecklistStep[] = [];
  visit(body, 'element', (element: Element) => {
    if (element.tagName !== 'li' || element.properties.dataStep === undefined) return;
    const n = Number(element.properties.dataStep);
    const text = normaliseSpace(toText(element));
    steps.push({ id: `step-${n}`, n, text, hash: shortHash(text) });
  });
  return steps;
}

function collectHeadingIds(node: RootContent, ids: Map<number, string>): string[] {
  const found: string[] = [];
  visit(node, 'heading', (heading) => {
    const id = ids.get(offsetOf(heading));
    if (id) found.push(id);
  });
  return found;
}

const GITHUB_FILE = /^https?:\/\/github\.com\/[^/]+\/[^/]+\/(?:blob|tree)\/[^/]+\/(?:[^#?]*\/)?([^/#?]+\.md)(?:\?[^#]*)?(?:#(.*))?$/i;
const RELATIVE_FILE = /^(?!\w+:|\/\/)(?:[^#?]*\/)?([^/#?]+\.md)(?:\?[^#]*)?(?:#(.*))?$/i;

function collectLinks(tree: HastRoot): LinkReference[] {
  const links: LinkReference[] = [];
  visit(tree, 'element', (element: Element) => {
    if (element.tagName !== 'a' || typeof element.properties.href !== 'string') return;
    const href = element.properties.href.trim();
    const text = normaliseSpace(toText(element));
    const place = pointOf(element);
    if (href.startsWith('#')) {
      links.push({ kind: 'anchor', file: null, anchor: decodeAnchor(href.slice(1)), text, element, place });
      return;
    }
    const fileMatch = GITHUB_FILE.exec(href) ?? RELATIVE_FILE.exec(href);
    if (fileMatch) {
      const [, name, anchor] = fileMatch;
      links.push(anchor ? { kind: 'anchor', file: name!, anchor: decodeAnchor(anchor), text, element, place } : { kind: 'file', file: name!, text, element, place });
      return;
    }
    links.push({ kind: 'external', href, text, element, place });
  });
  return links;
}

function decodeAnchor(anchor: string): string {
  try {
    return decodeURIComponent(anchor);
  } catch {
    return anchor;
  }
}

/** The rendered heading's inline content, without the `<hN>` element. */
function headingContent(tree: HastRoot): HastRoot {
  const element = tree.children.find((child): child is Element => child.type === 'element');
  return { type: 'root', children: element ? element.children : [] };
}

/**
 * Whether rendering needs the parse5 pass of rehype-raw: raw HTML does. So
 * does a code block whose text starts with a newline, because that pass drops
 * it (parse5 skips a newline after `<pre>` even past the `<code>` tag); such
 * blocks take the same path as before, so the HTML stays exactly as it was.
 */
function needsRawPass(node: RootContent): boolean {
  if (node.type === 'html') return true;
  if (node.type === 'code') return node.value.startsWith('\n');
  return 'children' in node && (node.children as RootContent[]).some(needsRawPass);
}

function isHeading(node: RootContent, depth: number): node is Heading {
  return node.type === 'heading' && node.depth === depth;
}

function syntheticHeading(text: string): Heading {
  return { type: 'heading', depth: 1, children: [{ type: 'text', value: text }] };
}

function offsetOf(node: { position?: { start: { offset?: number } } }): number {
  return node.position?.start.offset ?? -1;
}

function pointOf(node: { position?: { start: { line: number; column: number } } } | undefined): SourcePosition {
  return { line: node?.position?.start.line ?? 1, column: node?.position?.start.column ?? 1 };
}

/**
 * Lone surrogates become U+FFFD, as they would in text read from a UTF-8
 * file; one unit for one, so offsets and columns stay true. Left in, they
 * reach ids that no URL can encode.
 */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.trim() ? value.trim() : fallback;
}
