import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { didYouMean } from './did-you-mean';
import type { LinkReference, ParsedFaqDocument, ParsedSection } from './parse-faq';
import type { Category, CrossLink, ExternalLink, FaqDocumentInfo, Question, QuestionGraph } from './types';

export interface BuildGraphOptions {
  /**
   * Prefix for in-app links written into answer HTML, for a site served under
   * a sub-path. Graph `url` fields stay without it.
   * @defaultValue `''`
   */
  basePath?: string;
}

type AnchorTarget =
  | { kind: 'question' | 'category'; id: string; fragment?: string }
  | { kind: 'document'; id: string };

export const questionUrl = (id: string) => `/q/${id}/`;
export const categoryUrl = (id: string) => `/c/${id}/`;

/**
 * Joins parsed documents into one graph: final ids (a question id already
 * taken by an earlier document, in file-name order, gets the document id as a
 * suffix, with a warning), resolved cross-links and backlinks, and the map
 * from original `#anchor`s to pages. A link to an anchor that does not exist
 * is a fatal message on the document's file, with a did-you-mean.
 */
export function buildQuestionGraph(parsed: ParsedFaqDocument[], options: BuildGraphOptions = {}): QuestionGraph {
  const basePath = options.basePath ?? '';
  const docs = [...parsed].sort((a, b) => a.file.path.localeCompare(b.file.path));
  const questionIds = new Map<string, ParsedFaqDocument>();
  const categoryIds = new Map<string, ParsedFaqDocument>();
  const finalIds = new Map<ParsedSection, string>();
  const anchorsByDoc = new Map<ParsedFaqDocument, Map<string, AnchorTarget>>();

  for (const doc of docs) {
    const anchors = new Map<string, AnchorTarget>();
    for (const anchor of doc.headingAnchors) anchors.set(anchor, { kind: 'document', id: doc.id });
    for (const category of doc.categories) {
      const categoryId = claimId(category, doc, categoryIds, 'Category');
      finalIds.set(category, categoryId);
      anchors.set(category.id, { kind: 'category', id: categoryId });
      for (const anchor of category.anchors) anchors.set(anchor, { kind: 'category', id: categoryId, fragment: anchor });
      for (const question of category.questions) {
        const questionId = claimId(question, doc, questionIds, 'Question');
        finalIds.set(question, questionId);
        anchors.set(question.id, { kind: 'question', id: questionId });
        for (const anchor of question.anchors) anchors.set(anchor, { kind: 'question', id: questionId, fragment: anchor });
      }
    }
    anchorsByDoc.set(doc, anchors);
  }

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

  /** Resolves one section's links, rewriting their hrefs in place. */
  const resolveLinks = (doc: ParsedFaqDocument, links: LinkReference[], severity: 'error' | 'warning') => {
    const crossLinks: CrossLink[] = [];
    const external: ExternalLink[] = [];
    for (const link of links) {
      if (link.kind === 'external') {
        if (!external.some((e) => e.href === link.href)) external.push({ href: link.href, text: link.text });
        continue;
      }
      const targetDoc = link.file === null ? doc : docByName.get(link.file.toLowerCase());
      if (!targetDoc) {
        // A file outside content/faq: a GitHub URL stays as it is; a relative path cannot be followed here.
        const href = String(link.element.properties.href);
        if (/^https?:/i.test(href)) {
          if (!external.some((e) => e.href === href)) external.push({ href, text: link.text });
        } else {
          doc.file.message(`Cannot follow \`${href}\`: \`${link.file}\` is not in content/faq`, {
            place: link.place,
            ruleId: 'unknown-file',
            source: 'faq',
          });
        }
        continue;
      }
      const anchors = anchorsByDoc.get(targetDoc)!;
      if (link.kind === 'file') {
        const first = targetDoc.categories[0];
        link.element.properties.href = first ? hrefOf({ kind: 'category', id: finalIds.get(first)! }) : `${basePath}/`;
        continue;
      }
      const target = anchors.get(link.anchor) ?? anchors.get(link.anchor.toLowerCase());
      if (!target) {
        const where = targetDoc === doc ? '' : ` in ${targetDoc.file.path}`;
        const suggestion = didYouMean(link.anchor, anchors.keys());
        const reason = `Cannot find ${severity === 'error' ? 'question' : 'heading'} \`#${link.anchor}\`${where}${suggestion ? `; did you mean \`#${suggestion}\`?` : ''}`;
        const message = doc.file.message(reason, { place: link.place, ruleId: 'missing-anchor', source: 'faq' });
        if (severity === 'error') message.fatal = true;
        continue;
      }
      link.element.properties.href = hrefOf(target);
      if (target.kind !== 'document' && !crossLinks.some((c) => c.target === target.id && c.kind === target.kind)) {
        crossLinks.push({ target: target.id, kind: target.kind, ...(target.fragment ? { fragment: target.fragment } : {}), text: link.text });
      }
    }
    return { crossLinks, external };
  };

  const documents: FaqDocumentInfo[] = [];
  const categories: Category[] = [];
  const questions: Question[] = [];

  for (const doc of docs) {
    resolveLinks(doc, doc.tocLinks, 'warning');
    resolveLinks(doc, doc.intro.links, 'error');
    for (const notice of doc.notices) resolveLinks(doc, notice.links, 'error');
    documents.push({
      type: 'document',
      id: doc.id,
      file: doc.file.path,
      title: doc.title,
      layout: doc.layout,
      metadata: doc.metadata,
      notices: doc.notices.map((notice) => toHtml(notice.body)),
      intro: toHtml(doc.intro.body),
      categories: doc.categories.map((category) => finalIds.get(category)!),
    });
    for (const category of doc.categories) {
      const categoryId = finalIds.get(category)!;
      resolveLinks(doc, category.links, 'error');
      categories.push({
        type: 'category',
        id: categoryId,
        title: category.title,
        document: doc.id,
        url: categoryUrl(categoryId),
        html: toHtml(category.body),
        questions: category.questions.map((question) => finalIds.get(question)!),
        source: { file: doc.file.path, ...category.place },
      });
      for (const question of category.questions) {
        const id = finalIds.get(question)!;
        const { crossLinks, external } = resolveLinks(doc, question.links, 'error');
        questions.push({
          type: 'question',
          id,
          title: question.title,
          titleHtml: inlineHtml(question.titleHast),
          category: categoryId,
          document: doc.id,
          url: questionUrl(id),
          html: toHtml(question.body),
          text: question.text,
          links: crossLinks.filter((link) => !(link.kind === 'question' && link.target === id)),
          backlinks: [],
          externalLinks: external,
          steps: question.steps,
          symptoms: question.symptoms,
          anchors: [question.id, ...question.anchors],
          source: { file: doc.file.path, ...question.place },
        });
      }
    }
  }

  const byId = new Map(questions.map((question) => [question.id, question]));
  for (const question of questions) {
    for (const link of question.links) {
      const target = link.kind === 'question' ? byId.get(link.target) : undefined;
      if (target && !target.backlinks.includes(question.id)) target.backlinks.push(question.id);
    }
  }

  // Original anchors → pages; the first document (in file-name order) wins a shared anchor.
  const anchors: Record<string, string> = {};
  for (const doc of docs) {
    for (const [anchor, target] of anchorsByDoc.get(doc)!) {
      if (!(anchor in anchors)) anchors[anchor] = hrefOf(target).slice(basePath.length);
    }
  }

  return { documents, categories, questions, anchors };
}

/** Keeps a section's GitHub id unless an earlier document took it; then suffixes the document id. */
function claimId(section: ParsedSection, doc: ParsedFaqDocument, taken: Map<string, ParsedFaqDocument>, kind: string): string {
  const owner = taken.get(section.id);
  if (!owner) {
    taken.set(section.id, doc);
    return section.id;
  }
  let id = `${section.id}-${doc.id}`;
  for (let n = 2; taken.has(id); n++) id = `${section.id}-${doc.id}-${n}`;
  taken.set(id, doc);
  if (owner !== doc) {
    doc.file.message(`${kind} id \`${section.id}\` is already used by ${owner.file.path}; this one is published as \`${id}\``, {
      place: section.place,
      ruleId: 'duplicate-id',
      source: 'faq',
    });
  }
  return id;
}

/** The heading's rendered children without the wrapping paragraph. */
function inlineHtml(tree: HastRoot): string {
  const [first] = tree.children;
  if (tree.children.length === 1 && first?.type === 'element' && first.tagName === 'p') return toHtml(first.children);
  return toHtml(tree);
}

function fileName(path: string): string {
  return (path.split('/').pop() ?? path).toLowerCase();
}
