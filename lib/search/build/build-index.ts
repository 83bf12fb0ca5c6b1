import { symptomKey } from '@/lib/content/symptoms';
import type { Question, QuestionGraph, Symptom } from '@/lib/content/types';
import type { WizardTree } from '@/lib/wizard/types';
import { EXACT_FIELDS, encodePostings, exactKeys, phrasingText, symptomText } from '../engine/flex-index';
import { normalizePhrase, tokenize, wordCount } from '../engine/normalize';
import { findAbbreviations } from './abbreviations';
import { collectPhrasings } from './phrasings';
import { anchorOf } from '../engine/question-id';
import { quantityKeys } from '../engine/quantity';
import type { ExactField, IndexedQuestion, IndexedSymptom, SearchIndexData, SynonymGlossary } from '../engine/types';
import { questionUrl } from '@/lib/routes';

/** UUIDs, trace ids and long hex strings: bytes in the index that nobody searches for. */
const MACHINE_NOISE = /\b[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\b|\b[0-9a-f-]{20,}\b/gi;

/**
 * Builds the search index file from the question graph: the postings of every
 * exact field (tokenised here, once, so the browser only reads them into
 * FlexSearch), and per question what a result shows: title, category, symptoms (with
 * whether the title names them), the answer text for snippets and where its
 * checklist steps are in it, and its phrasings (other words for it, see
 * `collectPhrasings`); plus the synonym glossary reduced to index terms.
 */
export function buildSearchIndex(graph: QuestionGraph, synonyms: SynonymGlossary, options: BuildSearchIndexOptions = {}): SearchIndexData {
  const categoryIndex = new Map(graph.categories.map((category, i) => [category.id, i]));
  const documentIndex = new Map(graph.documents.map((document, i) => [document.id, i]));
  const phrasings = collectPhrasings(graph, options.wizard);
  const questions = graph.questions.map((question) => indexQuestion(question, categoryIndex.get(question.category) ?? 0, phrasings.get(question.id) ?? []));
  const keysOf = (text: string, counts: boolean) => {
    const tokens = tokenize(text);
    return [...exactKeys(tokens, counts), ...quantityKeys(tokens)];
  };
  const entries: Record<ExactField, string[][]> = {
    title: questions.map((question) => keysOf(question.t, false)),
    symptoms: questions.map((question) => exactKeys(tokenize(symptomText(question)), false)),
    phrasings: questions.map((question) => keysOf(phrasingText(question), false)),
    body: questions.map((question) => keysOf(question.b, true)),
    category: graph.categories.map((category) => exactKeys(tokenize(category.title), false)),
  };
  return {
    version: 3,
    documents: graph.documents.map((document) => document.title),
    categories: graph.categories.map((category) => [category.id, category.title, Math.max(documentIndex.get(category.document) ?? 0, 0)]),
    questions,
    synonyms: synonyms.groups
      .map((group) => [...new Set(group.phrases.map(normalizePhrase))].filter(Boolean))
      .filter((group) => group.length >= 2),
    abbreviations: findAbbreviations(graph.questions.flatMap((question) => [question.title, question.text])),
    postings: Object.fromEntries(EXACT_FIELDS.map((field) => [field, encodePostings(entries[field])])) as Record<ExactField, string>,
  };
}

export interface BuildSearchIndexOptions {
  /** The troubleshooter tree: its options' labels and hints become phrasings of the answers they lead to. */
  wizard?: WizardTree;
}

function indexQuestion(question: Question, category: number, phrasings: string[]): IndexedQuestion {
  const body = clean(question.text);
  const steps: IndexedQuestion['p'] = [];
  let from = 0;
  for (const step of question.steps) {
    const text = clean(step.text);
    const start = text ? body.indexOf(text, from) : -1;
    if (start < 0) continue;
    steps.push([step.id, start, start + text.length]);
    from = start + text.length;
  }
  const symptoms = question.symptoms.map((symptom): IndexedSymptom => [labelOf(symptom), symptomKey(symptom), namedByTitle(symptom, question.title) ? 1 : 0]);
  const indexed: IndexedQuestion = {
    t: question.title,
    c: category,
    b: body,
    s: symptoms,
    p: steps,
    n: [
      wordCount(tokenize(question.title)),
      wordCount(tokenize(symptoms.map(([label]) => label).join(' ; '))),
      wordCount(tokenize(body)),
      wordCount(tokenize(phrasings.join(' ; '))),
    ],
  };
  if (anchorOf(question.title) !== question.id) indexed.id = question.id;
  if (phrasings.length > 0) indexed.f = phrasings;
  // Most URLs follow from the id; the rest are shipped.
  if (question.url !== questionUrl(question.id)) indexed.u = question.url;
  return indexed;
}

/**
 * Answer text as snippets show it: machine noise and runs of space removed, and the full stop after a
 * linked question's title dropped (`see How long is a payment reserved?.` reads `…reserved?`).
 */
function clean(text: string): string {
  return text
    .replace(MACHINE_NOISE, '')
    .replace(/([?!])\.(?=\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function labelOf(symptom: Symptom): string {
  switch (symptom.type) {
    case 'http-status':
    case 'error-code':
      return symptom.label;
    case 'error-message':
    case 'identifier':
      return symptom.text;
  }
}

/** Whether the question's own title names the symptom, rather than the answer merely mentioning it. */
function namedByTitle(symptom: Symptom, title: string): boolean {
  const lower = title.toLowerCase();
  switch (symptom.type) {
    case 'http-status':
    case 'error-code':
      return new RegExp(`(^|\\D)${symptom.code}(\\D|$)`).test(title);
    case 'error-message':
    case 'identifier':
      return lower.includes(symptom.text.toLowerCase());
  }
}
