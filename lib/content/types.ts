/**
 * The question graph: the app's own model of the FAQ content.
 * Everything here is plain, JSON-serialisable data; nothing past `lib/content`
 * sees mdast or hast.
 */

/** A point in a content file, 1-based as editors show it. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** What an answer covers, extracted from its heading and its text. */
export type Symptom =
  | { type: 'http-status'; code: number; label: string }
  | { type: 'error-code'; code: string; label: string }
  | { type: 'error-message'; text: string }
  | { type: 'identifier'; text: string };

/** One item of an ordered list in an answer, offered as a checklist step. */
export interface ChecklistStep {
  /** `step-N`, 1-based across all ordered lists of the answer; the URL fragment. */
  id: string;
  n: number;
  text: string;
  /** Short content hash so saved progress can be dropped when a step's wording changes. */
  hash: string;
}

/**
 * One ordered list of an answer that has several: often alternative procedures ("in the portal" …
 * "in the app"). Steps keep one numbering across the answer; a part says which run of them is which.
 */
export interface ChecklistPart {
  /** The text that introduces the list (the paragraph or heading before it), or `Part N`. */
  label: string;
  /** First and last step number of the part. */
  from: number;
  to: number;
}

/** A link from an answer to another question (or category) of the graph. */
export interface CrossLink {
  /** Question id, or category id when `kind` is `category`. */
  target: string;
  kind: 'question' | 'category';
  /** Fragment inside the target page, when the link points below its heading. */
  fragment?: string;
  text: string;
}

export interface ExternalLink {
  href: string;
  text: string;
}

export interface Question {
  type: 'question';
  id: string;
  title: string;
  /** The heading as inline HTML (keeps code spans). */
  titleHtml: string;
  category: string;
  document: string;
  /** Site-relative URL of the question page, without base path. */
  url: string;
  /** Sanitised answer HTML with in-app links. */
  html: string;
  /** Plain text of the answer. */
  text: string;
  links: CrossLink[];
  backlinks: string[];
  externalLinks: ExternalLink[];
  steps: ChecklistStep[];
  /** The answer's ordered lists as parts of its checklist, when it has more than one list; else empty. */
  checklistParts: ChecklistPart[];
  symptoms: Symptom[];
  /** Other words for this question, from `<!-- also asked as: … -->` comments under its heading. */
  alsoAskedAs: string[];
  /** Labels a table of contents gives this question where they differ from its heading. */
  tocLabels: string[];
  /** Ids of the anchors in the original document that lead here (heading and sub-headings). */
  anchors: string[];
  /** Where the heading is; `url` shows that line in the source repository when the document names its `source`. */
  source: { file: string; url?: string } & SourcePosition;
}

export interface Category {
  type: 'category';
  id: string;
  title: string;
  document: string;
  url: string;
  /** Prose between the category heading and its first question, sanitised HTML. */
  html: string;
  questions: string[];
  source: { file: string } & SourcePosition;
}

export interface FaqDocumentInfo {
  type: 'document';
  id: string;
  /** Path relative to the content folder, e.g. `faq/vipps-ecom-api-faq.md`. */
  file: string;
  title: string;
  /** Site-relative URL of the document's page, without base path. */
  url: string;
  /**
   * How the headings were read: `##` categories with `###` questions (`categorised`),
   * `##` questions (`flat`), or both (`mixed`).
   */
  layout: 'categorised' | 'flat' | 'mixed';
  metadata: Record<string, unknown>;
  /** The document's URL in its source repository, from its `source` metadata. */
  source?: string;
  /** Sanitised HTML of START_COMMENT notices. */
  notices: string[];
  /** Sanitised HTML of the prose before the first category. */
  intro: string;
  categories: string[];
}

export interface QuestionGraph {
  documents: FaqDocumentInfo[];
  categories: Category[];
  questions: Question[];
  /** Original `#anchor` → site-relative URL, for links in the original docs' form. */
  anchors: Record<string, string>;
  /** Retired question id → the site-relative URL of the question it became (`content/redirects.yaml`). */
  redirects: Record<string, string>;
}
