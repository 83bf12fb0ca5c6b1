/**
 * A troubleshooter drafted from the FAQ's own answers, for every document without an authored tree.
 *
 * The first screen asks what the person sees, grouped the way they would put it: an HTTP error status,
 * an error code or message, something that fails, a customer's complaint, something missing; then
 * "something else" for how-to and about questions, by product and topic. Under each group, one option
 * per thing seen, in the person's words (labels.ts); where the same status or code is answered in
 * several products, one choice asks which product. No choice has more than eight options: a longer list
 * is split by product, then by topic. An authored tree wins where it exists: its answer nodes are used
 * for the questions they answer, and a site whose every document has authored answers keeps the
 * authored tree as it is.
 */
import { isNote } from '@/lib/section-notes';
import type { FaqDocumentInfo, Question, QuestionGraph } from '@/lib/content/types';
import { slugify } from '@/lib/content/slug';
import { symptomKey } from '@/lib/content/symptoms';
import type { AnswerNode, ChoiceNode, ChoiceOption, WizardTree } from '../types';
import { pathsTo } from '../walk';
import { problemLabel, productName } from './labels';
import { groupByTopic } from './topics';
import { readQuestionKind, type KindReading, type Sight } from './question-kind';

/** Most options a choice offers; a longer list is split into groups. */
export const MAX_OPTIONS = 8;
/** Most choices from the first screen to a problem's answer that the draft aims for. */
export const MAX_DEPTH = 4;

/** How a document's troubleshooter came to be, for `check:content --verbose`. */
export interface DocumentCoverage {
  document: string;
  /** `authored`: only the authored tree leads to its answers; `drafted`: only the draft; `both`. */
  troubleshooter: 'authored' | 'drafted' | 'both';
  /** Its questions that are problems someone has. */
  problems: number;
  /** Problem questions no path of the troubleshooter reaches within MAX_DEPTH choices. */
  unreached: string[];
}

export interface Troubleshooting {
  /** The tree the site uses: the authored one, the draft, or the draft leading to the authored answers. */
  tree: WizardTree;
  coverage: DocumentCoverage[];
}

/** One thing a person may see, and the answers for it. */
interface Entry {
  key: string;
  label: string;
  questions: Question[];
  /** Labelled by a symptom a topic's answer explains, until a heading that names it gives a better label. */
  fromTopic?: boolean;
}

const SIGHTS: { sight: Sight; id: string; prompt: string; option: string }[] = [
  { sight: 'status', id: 'see-error-status', prompt: 'Which HTTP status do you get?', option: 'An HTTP error status' },
  { sight: 'code', id: 'see-error-message', prompt: 'Which error code or message do you see?', option: 'An error code or an error message' },
  { sight: 'fails', id: 'see-something-fails', prompt: 'What goes wrong?', option: 'Something goes wrong or does not work' },
  { sight: 'complaint', id: 'see-customer-complaint', prompt: 'What does the customer say?', option: 'A customer complains' },
  { sight: 'missing', id: 'see-something-missing', prompt: 'What is missing?', option: 'Something is missing or never arrives' },
  { sight: 'change', id: 'see-something-changed', prompt: 'What changed?', option: 'Something changed, and you wonder what happens next' },
];

/**
 * The site's troubleshooter: `authored` as written when every document with questions has answers in
 * it, else a draft over all documents that leads to the authored answers where they exist.
 */
export function draftTroubleshooter(site: QuestionGraph, authored?: WizardTree): Troubleshooting {
  // A note (a closing "Questions?", a pointer to other docs) is no question anyone troubleshoots towards, unless
  // it explains what someone sees (a section on the API's error statuses).
  const questionById = new Map(site.questions.map((question) => [question.id, question]));
  const notes = new Set(site.categories.filter((category) => isNote(category, (id) => questionById.get(id))).flatMap((category) => category.questions));
  const kinds = new Map(site.questions.map((question) => [question.id, readQuestionKind(question)]));
  const graph: QuestionGraph = { ...site, questions: site.questions.filter((question) => !notes.has(question.id) || kinds.get(question.id)?.kind === 'problem') };
  const readings = new Map(graph.questions.map((question) => [question.id, kinds.get(question.id)!]));
  const authoredAnswers = new Map<string, string>();
  for (const node of Object.values(authored?.nodes ?? {})) {
    if (node.type === 'answer' && !authoredAnswers.has(node.question)) authoredAnswers.set(node.question, node.id);
  }
  const withQuestions = graph.documents.filter((document) => graph.questions.some((question) => question.document === document.id));
  const authoredDocuments = new Set(graph.questions.filter((question) => authoredAnswers.has(question.id)).map((question) => question.document));
  const allAuthored = authored !== undefined && authored.nodes[authored.root] !== undefined && withQuestions.every((document) => authoredDocuments.has(document.id));
  const tree = allAuthored ? authored : new Drafter(graph, readings, authored, authoredAnswers).draft();
  return { tree, coverage: coverageOf(graph, tree, readings, authoredDocuments, allAuthored) };
}

class Drafter {
  readonly #nodes: WizardTree['nodes'] = {};
  readonly #taken: Set<string>;
  readonly #answerOf = new Map<string, string>();
  readonly #questions: Map<string, Question>;
  readonly #documents: Map<string, FaqDocumentInfo>;
  readonly #categoryTitle: Map<string, string>;

  constructor(
    private readonly graph: QuestionGraph,
    private readonly readings: ReadonlyMap<string, KindReading>,
    private readonly authored: WizardTree | undefined,
    authoredAnswers: ReadonlyMap<string, string>,
  ) {
    this.#taken = new Set(Object.keys(authored?.nodes ?? {}));
    for (const [question, node] of authoredAnswers) this.#answerOf.set(question, node);
    this.#questions = new Map(graph.questions.map((question) => [question.id, question]));
    this.#documents = new Map(graph.documents.map((document) => [document.id, document]));
    this.#categoryTitle = new Map(graph.categories.map((category) => [category.id, category.title]));
  }

  draft(): WizardTree {
    const rootId = this.#id('troubleshoot');
    const options: ChoiceOption[] = [];
    for (const { sight, id, prompt, option } of SIGHTS) {
      const entries = this.#entries(sight);
      if (entries.length === 0) continue;
      if (entries.length === 1) {
        // One thing seen of this kind: the first screen names it.
        options.push({ label: entries[0]!.label, hint: option, next: this.#lead(this.#id(id), entries[0]!) });
        continue;
      }
      options.push({ label: option, hint: `Such as ${joinExamples(exampleLabels(sight, entries))}`, next: this.#choice(this.#id(id), prompt, entries) });
    }
    const other = this.#somethingElse(options.length > 0);
    if (other) options.push(other);
    const root: ChoiceNode = { type: 'choice', id: rootId, prompt: 'What do you see?', hint: 'Pick what is closest to what you, your system or your customer sees. You can go back at every step.', options, drafted: true };
    const tree: WizardTree = { root: rootId, nodes: { ...(this.authored?.nodes ?? {}) }, maxDepth: MAX_DEPTH };
    if (options.length === 1 && this.#nodes[options[0]!.next]?.type === 'choice') {
      // One way in: its choice is the first screen.
      tree.root = options[0]!.next;
    } else {
      this.#nodes[rootId] = root;
    }
    Object.assign(tree.nodes, this.#nodes);
    this.#markBrowsed(tree, options.filter((option) => option !== other));
    return tree;
  }

  /**
   * Marks `browse` on each drafted answer that no option of what someone sees (`sights`) leads to: a how-to
   * or a definition reached only under "Something else", which its question page does not offer to troubleshoot.
   */
  #markBrowsed(tree: WizardTree, sights: ChoiceOption[]): void {
    const reached = new Set<string>();
    const queue = sights.map((option) => option.next);
    for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
      if (reached.has(id)) continue;
      reached.add(id);
      const node = tree.nodes[id];
      if (node?.type === 'choice') queue.push(...node.options.map((option) => option.next));
    }
    for (const node of Object.values(this.#nodes)) {
      if (node.type === 'answer' && !reached.has(node.id)) node.browse = true;
    }
  }

  /** The problems people see as `sight`, one entry per thing seen, in document order. */
  #entries(sight: Sight): Entry[] {
    const entries = new Map<string, Entry>();
    for (const question of this.graph.questions) {
      const reading = this.readings.get(question.id)!;
      if (reading.kind !== 'problem') continue;
      // A heading that names what is seen is one entry; a topic (`## Errors`) is one per symptom its answer
      // explains, its statuses with the statuses and its codes with the codes.
      const topic = reading.symptoms.length > 0 && !reading.symptoms.some((symptom) => titleNames(question, symptom));
      if (!topic && reading.sight !== sight) continue;
      const seen = topic
        ? reading.symptoms.filter((symptom) => (sight === 'status' ? symptom.type === 'http-status' : sight === 'code' && symptom.type !== 'http-status'))
        : [undefined];
      for (const symptom of seen) {
        const key = symptom ? symptomKey(symptom) : reading.symptoms[0] ? symptomKey(reading.symptoms[0]) : `question:${question.id}`;
        const label = symptom ? ('label' in symptom ? symptom.label : symptom.text) : problemLabel(question.title);
        const entry = entries.get(key);
        if (!entry) entries.set(key, { key, label, questions: [question], fromTopic: Boolean(symptom) });
        else if (!entry.questions.includes(question)) {
          entry.questions.push(question);
          // A heading that names what is seen says it better than a topic's list of symptoms.
          if (!symptom && entry.fromTopic) Object.assign(entry, { label, fromTopic: false });
        }
      }
    }
    return [...entries.values()];
  }

  /** A choice among entries: each an option, split by product and topic past MAX_OPTIONS. Returns the node to lead to. */
  #choice(id: string, prompt: string, entries: Entry[]): string {
    if (entries.length === 1) return this.#lead(id, entries[0]!);
    let options: ChoiceOption[];
    if (entries.length <= MAX_OPTIONS) {
      // Options from several products say whose each is: a Recurring user is not helped by the eCom answer to "Payments fail".
      const products = new Set(entries.flatMap((entry) => entry.questions.map((question) => question.document)));
      const whose = (entry: Entry) => {
        const documents = new Set(entry.questions.map((question) => question.document));
        return products.size > 1 && documents.size === 1 ? productName(this.#documents.get([...documents][0]!)?.title ?? '') : undefined;
      };
      options = entries.map((entry) => {
        const hint = whose(entry);
        return { label: entry.label, ...(hint ? { hint } : {}), next: this.#lead(`${id}-${slugify(entry.label).slice(0, 48)}`, entry) };
      });
    } else {
      options = this.#groups(entries).map((group) =>
        // A group of one is that one thing, named as such; where it is answered goes in the hint.
        group.entries.length === 1
          ? { label: group.entries[0]!.label, hint: group.label, next: this.#lead(`${id}-${slugify(group.entries[0]!.label).slice(0, 48)}`, group.entries[0]!) }
          : { label: group.label, next: this.#choice(this.#id(`${id}-${slugify(group.label).slice(0, 40)}`), prompt, group.entries) },
      );
    }
    this.#nodes[id] = { type: 'choice', id, prompt, options, drafted: true };
    return id;
  }

  /** Where an entry leads: its answer, or when several products answer it, a choice of product. */
  #lead(id: string, entry: Entry): string {
    if (entry.questions.length === 1) return this.#answer(entry.questions[0]!);
    const byDocument = groupBy(entry.questions, (question) => question.document);
    if (byDocument.size > 1) {
      const options = [...byDocument].map(([document, questions]) => ({
        label: productName(this.#documents.get(document)?.title ?? document),
        next: questions.length === 1 ? this.#answer(questions[0]!) : this.#questionChoice(this.#id(`${id}-${document}`), 'Which is closest?', questions),
      }));
      const nodeId = this.#id(id);
      this.#nodes[nodeId] = { type: 'choice', id: nodeId, prompt: 'Which product are you using?', hint: `“${entry.label}” is answered for each of these.`, options, drafted: true };
      return nodeId;
    }
    return this.#questionChoice(this.#id(id), 'Which is closest?', entry.questions);
  }

  #questionChoice(id: string, prompt: string, questions: Question[]): string {
    const entries = questions.map((question) => ({ key: question.id, label: this.#optionLabel(question), questions: [question] }));
    return this.#choice(id, prompt, entries);
  }

  /** Splits a long list: by product when it spans several, else by topic (category), else in runs. */
  #groups(entries: Entry[]): { label: string; entries: Entry[] }[] {
    const firstOf = (entry: Entry) => entry.questions[0]!;
    const byDocument = groupBy(entries, (entry) => firstOf(entry).document);
    if (byDocument.size > 1) {
      return chunk([...byDocument].map(([document, list]) => ({ label: productName(this.#documents.get(document)?.title ?? document), entries: list })));
    }
    const byCategory = groupBy(entries, (entry) => firstOf(entry).category);
    if (byCategory.size > 1 && byCategory.size <= MAX_OPTIONS) return [...byCategory].map(([category, list]) => ({ label: this.#categoryTitle.get(category) ?? category, entries: list }));
    return this.#topics(entries);
  }

  /** A long list of one topic, by the words its questions share (`Charges`, `Agreements`), the rest as `Other questions`. */
  #topics(entries: Entry[], max = MAX_OPTIONS): { label: string; entries: Entry[] }[] {
    const product = new Set(entries.flatMap((entry) => productName(this.#documents.get(entry.questions[0]!.document)?.title ?? '').toLowerCase().split(/\W+/)).filter(Boolean));
    const groups = groupByTopic(entries, (entry) => entry.label, max, product).map((group) => ({ label: group.label, entries: group.items }));
    // Titles with no word in common: consecutive runs, named by their first and last.
    if (groups.length === 1 && groups[0]!.entries.length > max) {
      const size = Math.ceil(entries.length / max);
      return Array.from({ length: Math.ceil(entries.length / size) }, (_, i) => entries.slice(i * size, (i + 1) * size)).map((run) => ({ label: `${run[0]!.label} … ${run.at(-1)!.label}`, entries: run }));
    }
    return groups;
  }

  /** "Something else": every question by product and topic; an authored document also offers its own troubleshooter. */
  #somethingElse(hasProblems: boolean): ChoiceOption | undefined {
    if (this.graph.questions.length === 0) return undefined;
    // Every question, by product and topic: someone who does not see their problem above browses here.
    const id = this.#id('other-questions');
    const prompt = 'What is your question about?';
    const documents = this.graph.documents.filter((document) => this.graph.questions.some((question) => question.document === document.id));
    const topics = (document: FaqDocumentInfo): Entry[] =>
      document.categories.flatMap((categoryId) => {
        const questions = this.graph.questions.filter((question) => question.category === categoryId);
        if (questions.length === 0) return [];
        return [{ key: `category:${categoryId}`, label: this.#categoryTitle.get(categoryId) ?? categoryId, questions }];
      });
    const optionsOf = (document: FaqDocumentInfo, base: string): ChoiceOption[] => {
      const entries = topics(document);
      const own = this.#ownTroubleshooter(document);
      const options: ChoiceOption[] = own ? [{ label: `Walk through the ${productName(document.title)} troubleshooter`, next: this.authored!.root }] : [];
      const room = MAX_OPTIONS - options.length;
      if (entries.length === 1) {
        // One topic: its questions are the options.
        const questions = entries[0]!.questions;
        if (questions.length <= room) return [...options, ...questions.map((question) => ({ label: this.#optionLabel(question), next: this.#answer(question) }))];
        return this.#splitQuestions(base, questions, own ? this.authored!.root : undefined, document);
      }
      // A topic of one question is that question, named as such, its topic in the hint.
      const topic = (entry: Entry): ChoiceOption =>
        entry.questions.length === 1
          ? { label: this.#optionLabel(entry.questions[0]!), hint: entry.label, next: this.#answer(entry.questions[0]!) }
          : { label: entry.label, next: this.#questionChoice(this.#id(`${base}-${slugify(entry.label).slice(0, 40)}`), `Which question about ${entry.label}?`, entry.questions) };
      const groups = entries.length <= room ? entries.map((entry) => ({ label: entry.label, entries: [entry] })) : chunk(entries.map((entry) => ({ label: entry.label, entries: [entry] })), room);
      for (const group of groups) {
        if (group.entries.length === 1) {
          options.push(topic(group.entries[0]!));
          continue;
        }
        // Too many topics for one choice: consecutive topics together, then the topic.
        const groupId = this.#id(`${base}-${slugify(group.label).slice(0, 40)}`);
        this.#nodes[groupId] = { type: 'choice', id: groupId, prompt: 'Which topic?', options: group.entries.map(topic), drafted: true };
        options.push({ label: group.label, next: groupId });
      }
      return options;
    };
    let options: ChoiceOption[];
    if (documents.length === 1) {
      options = optionsOf(documents[0]!, id);
    } else {
      const perDocument = documents.map((document) => {
        const docId = this.#id(`${id}-${document.id}`);
        const docOptions = optionsOf(document, docId);
        if (docOptions.length === 1) return { ...docOptions[0]!, hint: productName(document.title) };
        this.#nodes[docId] = { type: 'choice', id: docId, prompt: `What is your question about ${productName(document.title)}?`, options: docOptions, drafted: true };
        return { label: productName(document.title), next: docId };
      });
      options = perDocument.length <= MAX_OPTIONS ? perDocument : chunk(perDocument.map((option) => ({ label: option.label, entries: [option] }))).map((group) => {
        const groupId = this.#id(`${id}-${slugify(group.label).slice(0, 40)}`);
        this.#nodes[groupId] = { type: 'choice', id: groupId, prompt: 'Which product?', options: group.entries, drafted: true };
        return { label: group.label, next: groupId };
      });
    }
    const label = 'Something else: how to do something, or what something is';
    if (options.length === 1) return hasProblems ? { ...options[0]!, hint: label } : { label, next: this.#choiceOfOne(id, prompt, options[0]!) };
    this.#nodes[id] = { type: 'choice', id, prompt, options, drafted: true };
    return { label, hint: 'Or browse every question, by product and topic.', next: id };
  }

  /** A site of one question: its first screen still asks, and offers it. */
  #choiceOfOne(id: string, prompt: string, option: ChoiceOption): string {
    this.#nodes[id] = { type: 'choice', id, prompt, options: [option], drafted: true };
    return id;
  }

  /** A document of one topic with many questions: how-to questions apart from the others, in runs of at most MAX_OPTIONS. */
  #splitQuestions(base: string, questions: Question[], ownRoot: string | undefined, document: FaqDocumentInfo): ChoiceOption[] {
    const entries = questions.map((question) => ({ key: question.id, label: this.#optionLabel(question), questions: [question] }));
    const groups = this.#topics(entries, ownRoot ? MAX_OPTIONS - 1 : MAX_OPTIONS);
    const options: ChoiceOption[] = ownRoot ? [{ label: `Walk through the ${productName(document.title)} troubleshooter`, next: ownRoot }] : [];
    for (const group of groups) options.push({ label: group.label, next: this.#choice(this.#id(`${base}-${slugify(group.label).slice(0, 40)}`), 'Which question?', group.entries) });
    return options;
  }

  /** Whether a document has answers in the authored tree, whose own first screen it then offers. */
  #ownTroubleshooter(document: FaqDocumentInfo): boolean {
    const authored = this.authored;
    if (!authored?.nodes[authored.root]) return false;
    return this.graph.questions.some((question) => question.document === document.id && authored.nodes[this.#answerOf.get(question.id) ?? '']?.type === 'answer' && !authored.nodes[this.#answerOf.get(question.id)!]!.drafted);
  }

  /** A question as an option: a problem in the person's words, any other question as its heading says it. */
  #optionLabel(question: Question): string {
    return this.readings.get(question.id)?.kind === 'problem' ? problemLabel(question.title) : question.title;
  }

  /** The answer node of a question: the authored one where it exists, else a drafted one (made once). */
  #answer(question: Question): string {
    const known = this.#answerOf.get(question.id);
    if (known) return known;
    const id = this.#id(slugify(question.id) || 'answer');
    const node: AnswerNode = { type: 'answer', id, question: question.id, checklist: [], drafted: true };
    this.#nodes[id] = node;
    this.#answerOf.set(question.id, id);
    return id;
  }

  /** A node id not taken yet: kebab-case, the first free of `base`, `base-2`, `base-3` … */
  #id(base: string): string {
    const clean = base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'step';
    let id = clean;
    for (let n = 2; this.#taken.has(id); n++) id = `${clean}-${n}`;
    this.#taken.add(id);
    return id;
  }
}

function titleNames(question: Question, symptom: KindReading['symptoms'][number]): boolean {
  const words = symptom.type === 'http-status' ? String(symptom.code) : symptom.type === 'error-code' ? symptom.code : symptom.text;
  return question.title.toLowerCase().includes(words.toLowerCase());
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item)) ?? [];
    list.push(item);
    groups.set(key(item), list);
  }
  return groups;
}

/**
 * At most `max` groups, by joining neighbours: the two next to each other that hold the fewest are
 * joined first, so most groups stay options of their own. A joined group is named by what it holds
 * (`A · B`, `A · B · C`, `A … D`).
 */
function chunk<T>(groups: { label: string; entries: T[] }[], max = MAX_OPTIONS): { label: string; entries: T[] }[] {
  const runs = groups.map((group) => ({ labels: [group.label], entries: group.entries }));
  while (runs.length > max) {
    let best = 0;
    for (let i = 1; i < runs.length - 1; i++) {
      if (runs[i]!.entries.length + runs[i + 1]!.entries.length < runs[best]!.entries.length + runs[best + 1]!.entries.length) best = i;
    }
    const [a, b] = [runs[best]!, runs[best + 1]!];
    runs.splice(best, 2, { labels: [...a.labels, ...b.labels], entries: [...a.entries, ...b.entries] });
  }
  return runs.map(({ labels, entries }) => ({ label: labels.length <= 3 ? labels.join(' · ') : `${labels[0]} … ${labels.at(-1)}`, entries }));
}

/** What a first-screen option names as examples: statuses by their number, else the shortest things seen (codes before sentences), in the FAQ's order. */
function exampleLabels(sight: Sight, entries: Entry[]): string[] {
  if (sight === 'status') return entries.slice(0, 3).map((entry) => entry.label.replace(/^(?:HTTP )?(\d{3})\b.*$/, '$1'));
  const named = entries.filter((entry) => !entry.key.startsWith('question:'));
  const pool = named.length > 0 ? named : entries;
  const shortest = new Set(pool.slice().sort((a, b) => a.label.length - b.label.length).slice(0, sight === 'code' ? 3 : 2));
  return pool.filter((entry) => shortest.has(entry)).map((entry) => `“${entry.label.length > 60 ? `${entry.label.slice(0, 57).replace(/\s+\S*$/, '')}…` : entry.label}”`);
}

/** `a`, `a or b`, `a, b or c`. */
function joinExamples(examples: string[], word: 'or' | 'and' = 'or'): string {
  return examples.length <= 1 ? (examples[0] ?? '') : `${examples.slice(0, -1).join(', ')} ${word} ${examples.at(-1)}`;
}

/** Per document, how its troubleshooter came to be and which problem questions no path reaches within MAX_DEPTH choices. */
function coverageOf(graph: QuestionGraph, tree: WizardTree, readings: ReadonlyMap<string, KindReading>, authoredDocuments: ReadonlySet<string>, allAuthored: boolean): DocumentCoverage[] {
  const paths = pathsTo(tree);
  const reached = new Set<string>();
  for (const node of Object.values(tree.nodes)) {
    if (node.type === 'answer' && paths[node.id] && paths[node.id]!.length <= MAX_DEPTH) reached.add(node.question);
  }
  return graph.documents.map((document) => {
    const problems = graph.questions.filter((question) => question.document === document.id && readings.get(question.id)?.kind === 'problem');
    const troubleshooter = allAuthored || (authoredDocuments.has(document.id) && !tree.nodes[tree.root]?.drafted) ? 'authored' : authoredDocuments.has(document.id) ? 'both' : 'drafted';
    return { document: document.id, troubleshooter, problems: problems.length, unreached: problems.filter((question) => !reached.has(question.id)).map((question) => question.id) };
  });
}
