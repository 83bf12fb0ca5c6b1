/**
 * The troubleshooter's decision tree: what a support lead writes in
 * `content/wizard/*.yaml`, read into plain, JSON-serialisable data.
 * Node ids are URL segments (`/wizard/<node-id>/`), so they are kebab-case.
 */

/** Where something was written, 1-based as editors show it. */
export interface WizardPlace {
  file: string;
  line: number;
  column: number;
}

/** One answer to a choice's prompt, in the words of the person asking for help. */
export interface ChoiceOption {
  label: string;
  /** Id of the node this option leads to. */
  next: string;
  hint?: string;
  /** Where `next` is written, for messages about it. */
  source?: WizardPlace;
}

/** A question put to the user, with the options they choose between. */
export interface ChoiceNode {
  type: 'choice';
  id: string;
  prompt: string;
  hint?: string;
  options: ChoiceOption[];
  /** Where the node's id is written. */
  source?: WizardPlace;
  /** Made from the FAQ's answers (lib/wizard/draft), not written by an author. */
  drafted?: true;
}

/** Where the wizard stops: one FAQ question and the steps to work through. */
export interface AnswerNode {
  type: 'answer';
  id: string;
  /** Id of a question of the graph. */
  question: string;
  /** Key text to show above the checklist; the page falls back to the question's first paragraph. */
  summary?: string;
  /**
   * Steps written in the tree. Empty when the question's own ordered-list
   * steps are used; `resolveChecklist` gives what the user sees either way.
   */
  checklist: string[];
  /** Where the node's id is written; `question` and `checklist` point at those fields. */
  source?: WizardPlace & { question?: WizardPlace; checklist?: WizardPlace };
  /** Made from the FAQ's answers (lib/wizard/draft), not written by an author. */
  drafted?: true;
  /**
   * Drafted for a question that is no problem (a how-to, a definition): reached by browsing under
   * "Something else", so its question page offers nothing to troubleshoot and it is no other cause.
   */
  browse?: true;
}

export type WizardNode = ChoiceNode | AnswerNode;

/** Questions that must be answerable within `maxDepth` choices of the root. */
export interface WizardRequirement {
  /** Every question of these categories is required. */
  categories: { id: string; source?: WizardPlace }[];
  questions: { id: string; source?: WizardPlace }[];
}

export interface WizardTree {
  /** Id of the first choice shown. */
  root: string;
  nodes: Record<string, WizardNode>;
  /** Most choices a user may need to reach a required answer. @defaultValue 4 */
  maxDepth?: number;
  require?: WizardRequirement;
  /** Where `root:` is written, or the file that should have it. */
  source?: WizardPlace;
}

