/** Joins parsed documents into one question graph: final ids, resolved links, backlinks and the map of original anchors. */
import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { closestMatch } from './did-you-mean';
import { reportOn } from './report';
import type { LinkReference, ParsedFaqDocument, ParsedSection } from './parse-faq';
import { rehypeResolvedLinks } from './rehype-resolved-links';
import { resolveInSource, sourceLineUrl } from './source-links';
import type { Category, CrossLink, ExternalLink, FaqDocumentInfo, Question, QuestionGraph } from './types';
import { categoryUrl, documentUrl, questionUrl } from '@/lib/routes';

export interface BuildGraphOptions {
  /**
   * Prefix for in-app links written into answer HTML, for a site served under
   * a sub-path. Graph `url` fields stay without it.
   * @defaultValue `''`
   */
  basePath?: string;
  /**
   * File name of the primary document (`vipps-ecom-api-faq.md`): when two
   * documents have a question or category with the same anchor, the primary
   * one keeps it. Adding another FAQ then never moves the primary FAQ's URLs.
   * @defaultValue the first file in file-name order
   */
  primary?: string;
  /**
   * Question ids already published (see `published-ids.ts`), each with the file
   * name of the document that published it: that document keeps the id before
   * any other, primary or not.
   * @defaultValue none
   */
  published?: ReadonlyMap<string, string>;
  /**
   * Titles for documents by file name, over the title read from the file (`content/site.yaml`).
   * @defaultValue none
   */
  documentTitles?: Readonly<Record<string, string>>;
  /**
   * Where the FAQ files are kept in their repository (`https://github.com/org/repo/blob/main/faq`):
   * a document without `source` metadata is that address and its file name.
   * @defaultValue none
   */
  editUrl?: string;
}

type AnchorTarget =
  | { kind: 'question' | 'category'; id: string; fragment?: string }
  | { kind: 'document'; id: string };

/**
 * Builds the graph. Ids: a question keeps its heading's id unless a document
 * that comes first took it; documents come in the order published owner,
 * primary document, file name, and the later one gets its document id as a
 * suffix, with a warning. A link to an anchor that does not exist is a fatal
 * message on the document's file, with a did-you-mean across all documents.
 * The parsed documents are not changed, so the graph can be built again from them.
 */
export function buildQuestionGraph(parsed: ParsedFaqDocument[], options: BuildGraphOptions = {}): QuestionGraph {
  const basePath = options.basePath ?? '';
  const docs = documentOrder(parsed, options.primary).map((doc) =>
    doc.source || !options.editUrl ? doc : { ...doc, source: `${options.editUrl}/${doc.file.basename ?? ''}` },
  );
  const { finalIds, anchorsByDoc } = claimIds(docs, options.published);
  const links = createLinkResolver(docs, finalIds, anchorsByDoc, basePath);
  const html = (section: ParsedSection, hrefs: ReadonlyMap<number, string>) => toHtml(withLinks(section.body, hrefs));

  const documents: FaqDocumentInfo[] = [];
  const categories: Category[] = [];
  const questions: Question[] = [];
  const tocLabels = new Map<string, string[]>();

  for (const doc of docs) {
    const title = options.documentTitles?.[doc.file.basename ?? ''] ?? doc.title;
    for (const link of links.resolve(doc, doc.tocLinks, 'warning').crossLinks) {
      if (link.kind === 'question' && !link.fragment) tocLabels.set(link.target, [...(tocLabels.get(link.target) ?? []), link.text]);
    }
    documents.push({
      type: 'document',
      id: doc.id,
      file: doc.file.path,
      title,
      url: documentUrl(doc.id),
      layout: doc.layout,
      metadata: doc.metadata,
      ...(doc.source ? { source: doc.source } : {}),
      notices: doc.notices.map((notice) => html(notice, links.resolve(doc, notice.links, 'error').hrefs)),
      intro: html(doc.intro, links.resolve(doc, doc.intro.links, 'error').hrefs),
      categories: doc.categories.map((category) => finalIds.get(category)!),
    });
    for (const category of doc.categories) {
      const categoryId = finalIds.get(category)!;
      categories.push({
        type: 'category',
        id: categoryId,
        // The category of a document's loose questions is named after the document.
        title: category.title === doc.title ? title : category.title,
        document: doc.id,
        url: categoryUrl(categoryId),
        html: html(category, links.resolve(doc, category.links, 'error').hrefs),
        questions: category.questions.map((question) => finalIds.get(question)!),
        source: { file: doc.file.path, ...category.place },
      });
      for (const question of category.questions) {
        const id = finalIds.get(question)!;
        const { crossLinks, external, hrefs } = links.resolve(doc, question.links, 'error');
        questions.push({
          type: 'question',
          id,
          title: question.title,
          titleHtml: inlineHtml(question.titleHast),
          category: categoryId,
          document: doc.id,
          url: questionUrl(id),
          html: html(question, hrefs),
          text: question.text,
          links: crossLinks.filter((link) => !(link.kind === 'question' && link.target === id)),
          backlinks: [],
          externalLinks: external,
          steps: question.steps,
          checklistParts: question.checklistParts,
          symptoms: question.symptoms,
          alsoAskedAs: question.alsoAskedAs,
          tocLabels: [],
          anchors: [question.id, ...question.aliases, ...question.anchors],
          source: { file: doc.file.path, ...question.place, ...(doc.source ? { url: sourceLineUrl(doc.source, question.place.line) } : {}) },
        });
      }
    }
  }
  addBacklinksAndTocLabels(questions, tocLabels);

  // Original anchors → pages; a shared anchor goes to the first document in the claiming order.
  const anchors: Record<string, string> = {};
  for (const doc of docs) {
    for (const [anchor, target] of anchorsByDoc.get(doc)!) {
      if (!(anchor in anchors)) anchors[anchor] = links.hrefOf(target).slice(basePath.length);
    }
  }
  return { documents, categories, questions, anchors, redirects: {} };
}

/**
 * Final ids for every category and question, in document order (published owners reserve theirs
 * first), and each document's anchors: every heading id, alias and sub-heading anchor, with what it
 * leads to.
 */
function claimIds(docs: ParsedFaqDocument[], published: BuildGraphOptions['published']) {
  const finalIds = new Map<ParsedSection, string>();
  const anchorsByDoc = new Map<ParsedFaqDocument, Map<string, AnchorTarget>>();
  const questionIds = new IdClaims('Question');
  const categoryIds = new IdClaims('Category');
  for (const doc of docs) {
    for (const category of doc.categories) {
      for (const question of category.questions) {
        if (published?.get(question.id) === fileName(doc.file.path)) questionIds.reserve(question.id, doc);
      }
    }
  }
  for (const doc of docs) {
    const anchors = new Map<string, AnchorTarget>();
    for (const anchor of doc.headingAnchors) anchors.set(anchor, { kind: 'document', id: doc.id });
    for (const category of doc.categories) {
      const categoryId = categoryIds.claim(category, doc);
      finalIds.set(category, categoryId);
      anchors.set(category.id, { kind: 'category', id: categoryId });
      for (const alias of category.aliases) anchors.set(alias, { kind: 'category', id: categoryId });
      for (const anchor of category.anchors) anchors.set(anchor, { kind: 'category', id: categoryId, fragment: anchor });
      for (const question of category.questions) {
        const questionId = questionIds.claim(question, doc);
        finalIds.set(question, questionId);
        anchors.set(question.id, { kind: 'question', id: questionId });
        for (const alias of question.aliases) anchors.set(alias, { kind: 'question', id: questionId });
        for (const anchor of question.anchors) anchors.set(anchor, { kind: 'question', id: questionId, fragment: anchor });
      }
    }
    anchorsByDoc.set(doc, anchors);
  }
  return { finalIds, anchorsByDoc };
}

/**
 * Resolves links between the documents: what each link of a section leads to, and the href to write
 * into its HTML. A link to a missing anchor is a message on its file (an error in an answer, a warning
 * in a table of contents), with a did-you-mean across all documents.
 */
function createLinkResolver(docs: ParsedFaqDocument[], finalIds: ReadonlyMap<ParsedSection, string>, anchorsByDoc: ReadonlyMap<ParsedFaqDocument, Map<string, AnchorTarget>>, basePath: string) {
  const docByName = new Map(docs.map((doc) => [fileName(doc.file.path), doc]));
  const hrefOf = (target: AnchorTarget): string => {
    switch (target.kind) {
      case 'question':
        return basePath + questionUrl(target.id) + (target.fragment ? `#${target.fragment}` : '');
      case 'category':
        return basePath + categoryUrl(target.id) + (target.fragment ? `#${target.fragment}` : '');
      case 'document':
        return `${basePath}/`;
    }
  };

  /** The closest anchor to a missing one, in `first` (the link's own document, or the file it names) first, then in the others. */
  const suggest = (anchor: string, first: ParsedFaqDocument, own: ParsedFaqDocument): string | undefined => {
    const candidates = [first, ...docs.filter((d) => d !== first)].flatMap((doc) => [...anchorsByDoc.get(doc)!.keys()].map((candidate) => ({ doc, candidate })));
    const best = closestMatch(anchor, candidates, (c) => c.candidate);
    if (!best) return undefined;
    return best.doc === own ? `#${best.candidate}` : `${fileName(best.doc.file.path)}#${best.candidate}`;
  };

  /** Resolves one section's links: what they lead to, and the hrefs to write into its HTML. */
  const resolve = (doc: ParsedFaqDocument, links: LinkReference[], severity: 'error' | 'warning') => {
    const crossLinks: CrossLink[] = [];
    const external: ExternalLink[] = [];
    const hrefs = new Map<number, string>();
    const addExternal = (href: string, text: string) => {
      if (!external.some((e) => e.href === href)) external.push({ href, text });
    };
    const followInSource = (link: LinkReference, missing: string) => {
      const resolved = doc.source ? resolveInSource(link.href, doc.source, link.attribute) : undefined;
      if (resolved) {
        hrefs.set(link.index, resolved);
        if (link.attribute === 'href') addExternal(resolved, link.text);
        return;
      }
      const hint = doc.source
        ? `it cannot be read as a path in \`${doc.source}\``
        : 'name the document\'s source (`source: https://github.com/org/repo/blob/main/faq.md` in its metadata) so it leads to the original';
      doc.file.message(`Cannot follow \`${link.href}\`: ${missing}; ${hint}`, { place: link.place, ruleId: 'unknown-file', source: 'faq' });
    };
    for (const link of links) {
      if (link.kind === 'external') {
        if (link.attribute === 'href') addExternal(link.href, link.text);
        continue;
      }
      if (link.kind === 'relative') {
        followInSource(link, `it is a path in the document's repository, not a question`);
        continue;
      }
      const targetDoc = link.file === null ? doc : docByName.get(link.file.toLowerCase());
      if (!targetDoc) {
        // A file outside content/faq: a GitHub URL stays as it is; a relative path leads to the original, if known.
        if (/^https?:/i.test(link.href)) addExternal(link.href, link.text);
        else followInSource(link, `\`${link.file}\` is not in content/faq`);
        continue;
      }
      const anchors = anchorsByDoc.get(targetDoc)!;
      if (link.kind === 'file') {
        const first = targetDoc.categories[0];
        hrefs.set(link.index, first ? hrefOf({ kind: 'category', id: finalIds.get(first)! }) : `${basePath}/`);
        continue;
      }
      const target = anchors.get(link.anchor) ?? anchors.get(link.anchor.toLowerCase());
      if (!target) {
        const where = targetDoc === doc ? '' : ` in ${targetDoc.file.path}`;
        const suggestion = suggest(link.anchor, targetDoc, doc);
        const reason = `Cannot find ${severity === 'error' ? 'question' : 'heading'} \`#${link.anchor}\`${where}${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`;
        reportOn(doc.file, link.place, reason, { ruleId: 'missing-anchor', source: 'faq', severity });
        continue;
      }
      hrefs.set(link.index, hrefOf(target));
      if (target.kind !== 'document' && !crossLinks.some((c) => c.target === target.id && c.kind === target.kind)) {
        crossLinks.push({ target: target.id, kind: target.kind, ...(target.fragment ? { fragment: target.fragment } : {}), text: link.text });
      }
    }
    return { crossLinks, external, hrefs };
  };
  return { resolve, hrefOf };
}

/** Each question's backlinks (the questions that link to it) and its table-of-contents labels that differ from its heading. */
function addBacklinksAndTocLabels(questions: Question[], tocLabels: ReadonlyMap<string, string[]>): void {
  const byId = new Map(questions.map((question) => [question.id, question]));
  for (const question of questions) {
    const labels = tocLabels.get(question.id) ?? [];
    question.tocLabels = [...new Set(labels.filter((label) => comparable(label) !== comparable(question.title)))];
    for (const link of question.links) {
      const target = link.kind === 'question' ? byId.get(link.target) : undefined;
      if (target && !target.backlinks.includes(question.id)) target.backlinks.push(question.id);
    }
  }
}

/**
 * Who keeps an id that several documents' headings have: the document it was
 * reserved for (published), else the first to claim it; the others get their
 * document id as a suffix, with a warning on their file.
 */
class IdClaims {
  private readonly owners = new Map<string, ParsedFaqDocument>();
  private readonly used = new Set<string>();

  constructor(private readonly kind: string) {}

  reserve(id: string, doc: ParsedFaqDocument): void {
    if (!this.owners.has(id)) this.owners.set(id, doc);
  }

  claim(section: ParsedSection, doc: ParsedFaqDocument): string {
    const owner = this.owners.get(section.id);
    if (!this.used.has(section.id) && (!owner || owner === doc)) {
      this.owners.set(section.id, doc);
      this.used.add(section.id);
      return section.id;
    }
    let id = `${section.id}-${doc.id}`;
    for (let n = 2; this.owners.has(id) || this.used.has(id); n++) id = `${section.id}-${doc.id}-${n}`;
    this.owners.set(id, doc);
    this.used.add(id);
    if (owner && owner !== doc) {
      doc.file.message(`${this.kind} id \`${section.id}\` is already used by ${owner.file.path}; this one is published as \`${id}\``, {
        place: section.place,
        ruleId: 'duplicate-id',
        source: 'faq',
      });
    }
    return id;
  }
}

/** Primary document first (when named and present), then the rest in file-name order. */
function documentOrder(parsed: ParsedFaqDocument[], primary: string | undefined): ParsedFaqDocument[] {
  const sorted = [...parsed].sort((a, b) => a.file.path.localeCompare(b.file.path));
  const wanted = primary?.toLowerCase();
  const first = wanted ? sorted.find((doc) => fileName(doc.file.path) === fileName(wanted)) : undefined;
  return first ? [first, ...sorted.filter((doc) => doc !== first)] : sorted;
}

/** The section's tree with resolved links written into a copy; the tree itself when nothing changes. */
function withLinks(body: HastRoot, hrefs: ReadonlyMap<number, string>): HastRoot {
  if (hrefs.size === 0) return body;
  const copy = structuredClone(body);
  rehypeResolvedLinks({ hrefs })(copy);
  return copy;
}

/** The heading's rendered children without the wrapping paragraph. */
function inlineHtml(tree: HastRoot): string {
  const [first] = tree.children;
  if (tree.children.length === 1 && first?.type === 'element' && first.tagName === 'p') return toHtml(first.children);
  return toHtml(tree);
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function fileName(path: string): string {
  return (path.split('/').pop() ?? path).toLowerCase();
}
