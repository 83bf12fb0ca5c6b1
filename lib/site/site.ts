/**
 * The `Site`: everything derived from one state of a content folder, in one immutable object. Pages,
 * route handlers, the content check, the search CLI and the benchmarks all read it; nothing else
 * caches a value derived from the content. Values that not every reader needs (a map layout, the
 * search files, one answer's summary) are worked out the first time they are asked for and then kept,
 * so the object stays the same value from the outside.
 */
import type { ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { parseAnswerHtml } from '@/lib/answer-html';
import { createGraphIndex, type GraphIndex } from '@/lib/content/graph-index';
import type { ParsedOnce } from '@/lib/content/load';
import { hasErrors } from '@/lib/content/report';
import type { SiteSettings } from '@/lib/content/site-settings';
import type { Category, FaqDocumentInfo, Question, QuestionGraph } from '@/lib/content/types';
import { buildMapColours, type MapColours } from '@/lib/map/colours';
import { createMapLayouts, type MapInput, type MapLayouts } from '@/lib/map/input';
import { buildLinkIndex, type LinkIndex } from '@/lib/map/links';
import { buildPageContents, type ContentsEntry } from '@/lib/page-contents';
import { buildSearchIndex } from '@/lib/search/build/build-index';
import { buildSearchFiles } from '@/lib/search/build/search-files';
import type { SearchFiles } from '@/lib/search/build/split-index';
import type { SearchIndexData, SynonymGlossary } from '@/lib/search/engine/types';
import { summariseAnswer } from '@/lib/summarise';
import { answerSteps } from '@/lib/wizard/answer-steps';
import { createTroubleshooter, type Troubleshooter } from '@/lib/wizard/troubleshooter';
import type { WizardTree } from '@/lib/wizard/types';

/** The name of a site whose settings give none. */
export const DEFAULT_SITE_NAME = 'FAQ Navigator';

/** What a question's answer gives its pages, each worked out from one parse of its HTML. */
export interface Answer {
  /** The answer's HTML parsed, ready to render (`AnswerContent`). */
  tree: Root;
  /** Whole sentences from the start of the answer, as many as fit in `max` characters (`summariseAnswer`). @defaultValue 160 */
  summary(max?: number): string;
  /** "On this page": sub-headings and steps of a long answer, then the sections under it. */
  contents: ContentsEntry[];
  /** The content of each of its checklist steps (`li#step-N`), in order, for the troubleshooter. */
  steps: ElementContent[][];
}

/** The pieces a `Site` is made of; `buildSite` reads and checks them. */
export interface SiteParts {
  contentDir: string;
  stamp: string;
  graph: QuestionGraph;
  settings: SiteSettings;
  glossary: SynonymGlossary;
  /** The troubleshooter as authors wrote it (empty without `wizard/`). */
  tree: WizardTree;
  files: VFile[];
  /** Each FAQ file's parse, for the next build of the same folder to reuse (`next dev`). */
  parsed: ReadonlyMap<string, ParsedOnce>;
}

export class Site implements GraphIndex, MapInput {
  /** The content folder it was built from, absolute. */
  readonly contentDir: string;
  /** The content's stamp (`contentStamp`) when it was read. */
  readonly stamp: string;
  readonly graph: QuestionGraph;
  /** `site.yaml`, checked. */
  readonly settings: SiteSettings;
  /** The search glossary (`synonyms.yaml`). */
  readonly glossary: SynonymGlossary;
  /** Every content file with its messages, in the order `check:content` prints them. */
  readonly files: readonly VFile[];
  readonly hasErrors: boolean;
  readonly multiDocument: boolean;
  readonly parsed: ReadonlyMap<string, ParsedOnce>;

  readonly #index: GraphIndex;
  readonly #tree: WizardTree;
  readonly #answers = new Map<string, Answer>();
  #links?: LinkIndex;
  #colours?: MapColours;
  #troubleshooter?: Troubleshooter;
  #searchIndex?: SearchIndexData;
  #searchFiles?: SearchFiles;
  #map?: MapLayouts;

  constructor(parts: SiteParts) {
    this.contentDir = parts.contentDir;
    this.stamp = parts.stamp;
    this.graph = parts.graph;
    this.settings = parts.settings;
    this.glossary = parts.glossary;
    this.files = parts.files;
    this.hasErrors = hasErrors(parts.files);
    this.parsed = parts.parsed;
    this.#tree = parts.tree;
    this.#index = createGraphIndex(parts.graph);
    this.multiDocument = this.#index.multiDocument;
    Object.freeze(this);
  }

  // Arrow functions, so pages can hand them on as callbacks (`question={site.question}`).
  readonly question = (id: string): Question | undefined => this.#index.question(id);
  readonly category = (id: string): Category | undefined => this.#index.category(id);
  readonly document = (id: string): FaqDocumentInfo | undefined => this.#index.document(id);
  /** The questions before and after this one in its category. */
  readonly neighbours = (question: Question): { previous?: Question; next?: Question } => this.#index.neighbours(question);

  /** What a question's answer gives its pages; undefined for an unknown id. */
  readonly answer = (id: string): Answer | undefined => {
    const known = this.#answers.get(id);
    if (known) return known;
    const question = this.question(id);
    if (!question) return undefined;
    const tree = parseAnswerHtml(question.html);
    const summaries = new Map<number, string>();
    const after = [
      ...(question.backlinks.length > 0 ? [{ id: 'backlinks-heading', label: 'Linked from' }] : []),
      ...(question.links.some((link) => link.kind === 'question') ? [{ id: 'related-heading', label: 'Related' }] : []),
    ];
    const answer: Answer = {
      tree,
      summary(max = 160) {
        let summary = summaries.get(max);
        if (summary === undefined) summaries.set(max, (summary = summariseAnswer(tree, max)));
        return summary;
      },
      contents: buildPageContents({ answer: tree, text: question.text, steps: question.steps, checklistParts: question.checklistParts, after }),
      steps: answerSteps(tree),
    };
    this.#answers.set(id, answer);
    return answer;
  };

  /** The site's name: the header, every page title, link previews. */
  get name(): string {
    return this.settings.name ?? DEFAULT_SITE_NAME;
  }

  /** Who links to whom among the questions. */
  get links(): LinkIndex {
    return (this.#links ??= buildLinkIndex(this.graph));
  }

  /** Each category's and document's colour, on the map and every drawing derived from it. */
  get colours(): MapColours {
    return (this.#colours ??= buildMapColours(this.graph));
  }

  /** The map's drawings: the whole map, the overview, each category's and each question's neighbourhood. */
  get map(): MapLayouts {
    return (this.#map ??= createMapLayouts(this));
  }

  /** The troubleshooter, with what its pages ask of it. */
  get troubleshooter(): Troubleshooter {
    return (this.#troubleshooter ??= createTroubleshooter(this.#tree));
  }

  /** The search index of the content, glossary and troubleshooter, whole. */
  get searchIndex(): SearchIndexData {
    const tree = this.troubleshooter.tree;
    return (this.#searchIndex ??= buildSearchIndex(this.graph, this.glossary, { wizard: Object.keys(tree.nodes).length > 0 ? tree : undefined }));
  }

  /** The search index as the site serves it: one file while it is small, else a core and its shards. */
  get searchFiles(): SearchFiles {
    return (this.#searchFiles ??= buildSearchFiles(this.searchIndex));
  }
}
