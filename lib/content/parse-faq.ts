/** Reads one FAQ markdown file into its document, categories and questions, with every problem as a message. */
import type { Element, Root as HastRoot } from 'hast';
import { toText } from 'hast-util-to-text';
import type { Heading, Root as MdastRoot, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isAlsoAskedComment, readAlsoAsked } from './also-asked';
import { collectLinks, type LinkReference } from './collect-links';
import { documentTitle } from './document-title';
import { assignHeadingIds } from './heading-ids';
import { takeLegacyAnchors } from './legacy-anchors';
import { parseMetadata } from './metadata';
import { offsetOf, pointOf } from './positions';
import { classifyRegions, type Region } from './regions';
import { rehypeFaqAnchors } from './rehype-faq-anchors';
import { rehypeHighlightCode } from './rehype-highlight-code';
import { bracketCalloutTitles, buildCallouts, remarkCalloutSyntax } from './remark-callouts';
import { remarkHtmlLikeText } from './remark-html-like-text';
import { faqSanitizeSchema } from './sanitize-schema';
import { documentIdFromFile } from './slug';
import { numberSteps, renderedSteps } from './steps';
import { buildOutline, decideStructure, headingText, LAYOUT_SETTINGS, type LayoutSetting, type OutlinePart, type OutlineSection } from './structure';
import { extractSymptoms } from './symptoms';
import type { ChecklistPart, ChecklistStep, SourcePosition, Symptom } from './types';

export type { LinkReference } from './collect-links';

/** A heading section (category prose or question answer) rendered to sanitised hast. */
export interface ParsedSection {
  id: string;
  title: string;
  titleHast: HastRoot;
  /** The rendered section; links keep their hrefs as written (the graph writes resolved ones into a copy). */
  body: HastRoot;
  text: string;
  /**
   * Other anchors of its heading, which older links use: GitHub's anchor of a heading with a pinned
   * id, and the empty named anchors (`<a name="old-id"></a>`) kept at the heading.
   */
  aliases: string[];
  /** Anchors of sub-headings inside the section. */
  anchors: string[];
  links: LinkReference[];
  place: SourcePosition;
}

export interface ParsedQuestion extends ParsedSection {
  steps: ChecklistStep[];
  checklistParts: ChecklistPart[];
  symptoms: Symptom[];
  /** Phrasings from `<!-- also asked as: … -->` comments. */
  alsoAskedAs: string[];
}

export interface ParsedCategory extends ParsedSection {
  questions: ParsedQuestion[];
}

export interface ParsedFaqDocument {
  id: string;
  file: VFile;
  title: string;
  layout: 'categorised' | 'flat' | 'mixed';
  metadata: Record<string, unknown>;
  /** The document's source URL from its `source` metadata, for links into the rest of its repository. */
  source?: string;
  notices: ParsedSection[];
  intro: ParsedSection;
  categories: ParsedCategory[];
  /** Every heading anchor of the document, as GitHub makes them, and every pinned id. */
  headingAnchors: Set<string>;
  /** Links of a dropped table of contents: checked, but only warned about; their texts are other names of their targets. */
  tocLinks: LinkReference[];
}

const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkCalloutSyntax);

/**
 * Reads one FAQ markdown file. Which `##` headings are categories and which
 * are questions is decided per section (see `decideStructure`), or for the
 * whole file by a `layout` metadata key. Loose `##` questions of a file that
 * also has categories go into one category named after the document, where
 * the first of them stands.
 *
 * Dropped: front matter and START_METADATA (kept as metadata), the table of
 * contents (its links are checked). START_COMMENT blocks become notices.
 * Problems are reported as messages on `file`.
 */
export function parseFaqDocument(file: VFile): ParsedFaqDocument {
  const text = wellFormed(String(file.value));
  const firstRead = markdown.parse(text) as MdastRoot;
  // Docusaurus's `:::tip Title` is read once it is written `:::tip[Title]`: a second parse, only for a file that has one.
  const read = bracketCalloutTitles(text, firstRead);
  const tree = read.text === text ? firstRead : (markdown.parse(read.text) as MdastRoot);
  buildCallouts(tree, read, file);
  const { ids: headingIds, githubAnchors } = assignHeadingIds(tree, file);
  const legacyAnchors = takeLegacyAnchors(tree, headingIds, file);
  remarkHtmlLikeText()(tree);
  const regions = classifyRegions(tree.children, file);
  const metadata = readMetadata(tree.children, regions, file);
  const setting = readLayoutSetting(metadata, tree.children, regions, file);
  const source = readSource(metadata, tree.children, regions, file);

  const { render, makeSection, makeQuestion } = createSectionReader(file, headingIds, githubAnchors, legacyAnchors);

  const content = tree.children.filter((_, i) => regions[i] === 'content');
  const titleHeading = content.find((node): node is Heading => node.type === 'heading' && node.depth === 1);
  const title = documentTitle(titleHeading && toString(titleHeading), metadata.title, (file.basename ?? '').replace(/\.md$/i, ''));
  const outline = buildOutline(content.filter((node) => node !== titleHeading));
  const decision = decideStructure(outline, setting);
  file.info(decision.summary, { place: titleHeading?.position ?? { line: 1, column: 1 }, ruleId: 'structure', source: 'faq' });

  const categories: ParsedCategory[] = [];
  let documentCategory: ParsedCategory | undefined;
  const looseQuestions = (): ParsedQuestion[] => {
    if (!documentCategory) {
      const section = makeSection(titleHeading ?? null, [], title);
      documentCategory = { ...section, id: section.id || documentIdFromFile(file.path), title, questions: [] };
      categories.push(documentCategory);
    }
    return documentCategory.questions;
  };

  for (const part of outline.strayParts) {
    file.message(`\`### ${headingText(part.heading)}\` comes before any \`##\` section; it is read as a question of \`${title}\``, {
      place: part.heading.position,
      ruleId: 'question-before-section',
      source: 'faq',
    });
    looseQuestions().push(makeQuestion(part.heading, part.nodes));
  }
  outline.sections.forEach((section, i) => {
    const reading = decision.readings[i]!;
    const heading = section.heading;
    if (!headingText(heading) && reading.kind === 'category') {
      file.message('Heading has no text; give it the category it stands for', { place: heading.position, ruleId: 'empty-heading', source: 'faq' });
    }
    switch (reading.kind) {
      case 'question': {
        if (section.parts.length > 0) {
          file.info(`\`## ${headingText(heading)}\` is a question: ${reading.reason}`, { place: heading.position, ruleId: 'structure', source: 'faq' });
        }
        looseQuestions().push(makeQuestion(heading, [...section.lead, ...section.parts.flatMap(partNodes)]));
        break;
      }
      case 'category': {
        file.info(`\`## ${headingText(heading)}\` is a category: ${reading.reason}`, { place: heading.position, ruleId: 'structure', source: 'faq' });
        categories.push(makeCategory(makeSection(heading, section.lead, title), section, file, makeQuestion));
        break;
      }
      case 'notes': {
        // Prose without questions is still an answer: a reader can be led to it and find it by search.
        const category = makeCategory(makeSection(heading, [], title), { ...section, parts: [] }, file, makeQuestion);
        const answer = makeQuestion(heading, [...section.lead, ...section.parts.flatMap(partNodes)]);
        category.questions.push(answer);
        file.info(`\`## ${headingText(heading)}\` has answer text and no questions: it is an answer titled \`${answer.title}\`, in a category of its own (${reading.reason})`, {
          place: heading.position,
          ruleId: 'section-answer',
          source: 'faq',
        });
        categories.push(category);
        break;
      }
    }
  });

  if (!categories.some((category) => category.questions.length > 0)) {
    const what = outline.sections.length === 0 && outline.strayParts.length === 0 ? 'no `##` headings' : 'no section that reads as a question';
    file.message(`\`${title}\` has no questions: it has ${what}; write each question as a \`##\` heading with its answer below it`, {
      place: titleHeading?.position ?? { line: 1, column: 1 },
      ruleId: 'no-questions',
      source: 'faq',
    });
  }

  const notices = tree.children.filter((node, i) => regions[i] === 'notice' && node.type !== 'html');
  const headingAnchors = new Set([...headingIds.values(), ...githubAnchors.values(), ...[...legacyAnchors.values()].flat()]);
  return {
    id: documentIdFromFile(file.path),
    file,
    title,
    layout: decision.layout,
    metadata,
    ...(source ? { source } : {}),
    notices: notices.length ? [makeSection(null, notices, 'Notice')] : [],
    intro: makeSection(null, outline.intro, title),
    categories,
    headingAnchors,
    tocLinks: tree.children.flatMap((node, i) => (regions[i] === 'toc' ? collectLinks(render([node])) : [])),
  };
}

/**
 * How a document's sections are read: a section's mdast rendered to sanitised, highlighted hast
 * (with the raw-HTML pass only where it is needed), and a section or question made of it, with its
 * id, title, text, anchors, links, checklist steps and symptoms.
 */
function createSectionReader(file: VFile, headingIds: Map<number, string>, githubAnchors: Map<number, string>, legacyAnchors: Map<number, string[]>) {
  const stepNumbers = new Map<number, number>();
  const anchorOptions = { headingIds, stepNumbers };
  const withRawHtml = unified()
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSanitize, faqSanitizeSchema)
    .use(rehypeFaqAnchors, anchorOptions)
    .use(rehypeHighlightCode);
  // Most sections have no raw HTML; re-parsing them with parse5 is the costliest step and changes nothing.
  const withoutRawHtml = unified()
    .use(remarkRehype)
    .use(rehypeSanitize, faqSanitizeSchema)
    .use(rehypeFaqAnchors, anchorOptions)
    .use(rehypeHighlightCode);
  const render = (nodes: RootContent[]): HastRoot =>
    (nodes.some(needsRawPass) ? withRawHtml : withoutRawHtml).runSync({ type: 'root', children: nodes } as MdastRoot, file) as HastRoot;

  const makeSection = (heading: Heading | null, nodes: RootContent[], fallbackTitle: string): ParsedSection => {
    const body = render(nodes);
    const titleHast = heading ? headingContent(render([heading])) : { type: 'root' as const, children: [] };
    const github = heading ? githubAnchors.get(offsetOf(heading)) : undefined;
    const legacy = heading ? (legacyAnchors.get(offsetOf(heading)) ?? []) : [];
    return {
      id: heading ? (headingIds.get(offsetOf(heading)) ?? '') : '',
      title: heading ? normaliseSpace(toText(titleHast)) : fallbackTitle,
      titleHast,
      body,
      text: normaliseSpace(toText(body, { whitespace: 'pre-wrap' })),
      aliases: [...(github ? [github] : []), ...legacy.filter((name) => name !== github)],
      anchors: nodes.flatMap((node) => collectHeadingIds(node, headingIds)),
      links: collectLinks(body),
      place: pointOf(heading ?? nodes[0]),
    };
  };

  const makeQuestion = (heading: Heading, allNodes: RootContent[]): ParsedQuestion => {
    const alsoAskedAs = readAlsoAsked(allNodes, file);
    const nodes = allNodes.filter((node) => !isAlsoAskedComment(node));
    const { count: stepCount, parts: checklistParts } = numberSteps(nodes, stepNumbers);
    const section = makeSection(heading, nodes, '');
    if (!section.id) {
      // GitHub gives such a heading an empty anchor; a page still needs a path.
      section.id = `question-${section.place.line}`;
      const reason = section.title
        ? `Question \`${section.title}\` has no letters or digits for an anchor; it is published as \`${section.id}\``
        : `Heading has no text; give it the question it stands for (it is published as \`${section.id}\`)`;
      file.message(reason, { place: heading.position, ruleId: section.title ? 'empty-anchor' : 'empty-heading', source: 'faq' });
    }
    if (!section.title) section.title = `Untitled question (line ${section.place.line})`;
    if (!section.text) {
      file.message(`Question \`${section.title}\` has no answer`, { place: heading.position, ruleId: 'empty-answer', source: 'faq' });
    }
    const titleCode: string[] = [];
    visit(heading, 'inlineCode', (node) => void titleCode.push(node.value));
    // What the answer is about, not what it links to: a link's text names another question.
    const inlineCode: string[] = [];
    const codeBlocks: { lang: string | null; value: string }[] = [];
    const prose: string[] = [];
    for (const node of nodes) {
      visit(node, (child) => {
        if (child.type === 'link' || child.type === 'linkReference') return 'skip';
        if (child.type === 'text') prose.push(child.value);
        if (child.type === 'inlineCode') inlineCode.push(child.value);
        if (child.type === 'code') codeBlocks.push({ lang: child.lang ?? null, value: child.value });
        return undefined;
      });
    }
    return {
      ...section,
      steps: stepCount > 0 ? renderedSteps(section.body) : [],
      checklistParts,
      symptoms: extractSymptoms({ title: section.title, titleCode, text: prose.join(' '), inlineCode, codeBlocks }),
      alsoAskedAs,
    };
  };

  return { render, makeSection, makeQuestion };
}

function makeCategory(
  section: ParsedSection,
  outline: OutlineSection,
  file: VFile,
  makeQuestion: (heading: Heading, nodes: RootContent[]) => ParsedQuestion,
): ParsedCategory {
  const id = section.id || `category-${section.place.line}`;
  if (!section.id && section.title) {
    file.message(`Category \`${section.title}\` has no letters or digits for an anchor; it is published as \`${id}\``, {
      place: outline.heading.position,
      ruleId: 'empty-anchor',
      source: 'faq',
    });
  }
  return {
    ...section,
    id,
    title: section.title || `Untitled category (line ${section.place.line})`,
    questions: outline.parts.map((part) => makeQuestion(part.heading, part.nodes)),
  };
}

const partNodes = (part: OutlinePart): RootContent[] => [part.heading, ...part.nodes];

function readMetadata(nodes: RootContent[], regions: Region[], file: VFile): Record<string, unknown> {
  const metadata: Record<string, unknown> = {};
  nodes.forEach((node, i) => {
    if (regions[i] !== 'metadata') return;
    const result = node.type === 'yaml' ? parseMetadata({ yaml: node.value }) : parseMetadata({ comment: (node as { value: string }).value });
    Object.assign(metadata, result.metadata);
    if (result.problem && node.position) {
      const line = node.position.start.line + result.problem.line - 1;
      file.message(result.problem.reason, { place: { line, column: result.problem.column }, ruleId: 'malformed-metadata', source: 'faq' });
    }
  });
  return metadata;
}

/** The `layout` metadata key, checked: one of `mixed`, `categories`, `questions`. */
function readLayoutSetting(metadata: Record<string, unknown>, nodes: RootContent[], regions: Region[], file: VFile): LayoutSetting {
  const value = metadata.layout;
  if (value === undefined) return 'mixed';
  if (typeof value === 'string' && (LAYOUT_SETTINGS as readonly string[]).includes(value.trim())) return value.trim() as LayoutSetting;
  file.message(`\`layout: ${String(value)}\` is not a layout; write \`layout: mixed\` (decide per section, the default), \`layout: categories\` or \`layout: questions\``, {
    place: metadataKeyPlace(nodes, regions, 'layout'),
    ruleId: 'invalid-layout',
    source: 'faq',
  });
  return 'mixed';
}

/** The `source` metadata key: the URL of this file in its repository, for links to files that are not FAQs. */
function readSource(metadata: Record<string, unknown>, nodes: RootContent[], regions: Region[], file: VFile): string | undefined {
  const value = metadata.source;
  if (value === undefined) return undefined;
  if (typeof value === 'string' && /^https?:\/\/[^\s/]+\/\S*$/i.test(value.trim())) return value.trim();
  file.message(`\`source: ${String(value)}\` is not a web address; write the URL of this file in its repository, such as \`source: https://github.com/org/repo/blob/main/faq.md\``, {
    place: metadataKeyPlace(nodes, regions, 'source'),
    ruleId: 'invalid-source',
    source: 'faq',
  });
  return undefined;
}

/** Where `key:` is written in the metadata block, for messages about its value. */
function metadataKeyPlace(nodes: RootContent[], regions: Region[], key: string): SourcePosition {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (regions[i] !== 'metadata' || !node.position || !('value' in node)) continue;
    const lines = String(node.value).split('\n');
    const at = lines.findIndex((line) => new RegExp(`^\\s*${key}\\s*:`).test(line));
    if (at >= 0) return { line: node.position.start.line + at + (node.type === 'yaml' ? 1 : 0), column: 1 };
  }
  return { line: 1, column: 1 };
}

function collectHeadingIds(node: RootContent, ids: Map<number, string>): string[] {
  const found: string[] = [];
  visit(node, 'heading', (heading) => {
    const id = ids.get(offsetOf(heading));
    if (id) found.push(id);
  });
  return found;
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
