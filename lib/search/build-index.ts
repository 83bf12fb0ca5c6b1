import { symptomKey } from '@/lib/content/symptoms';
import type { Question, QuestionGraph, Symptom } from '@/lib/content/types';
import { buildFlexExports, exactKeys, prefixKeys } from './flex-index';
import { normalizePhrase, tokenize, wordCount } from './normalize';
import type { FlexField, IndexedQuestion, IndexedSymptom, SearchIndexData, SynonymGlossary } from './types';

/** UUIDs, trace ids and long hex strings: bytes in the index that nobody searches for. */
const MACHINE_NOISE = /\b[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\b|\b[0-9a-f-]{20,}\b/gi;

/**
 * Builds the search index file from the question graph: the FlexSearch
 * indexes of every field (tokenised here, once, so the browser only imports
 * them), and per question what a result shows: title, category, symptoms (with
 * whether the title names them), the answer text for snippets and where its
 * checklist steps are in it; plus the synonym glossary reduced to index terms.
 */
export function buildSearchIndex(graph: QuestionGraph, synonyms: SynonymGlossary): SearchIndexData {
  const categoryIndex = new Map(graph.categories.map((category, i) => [category.id, i]));
  const questions = graph.questions.map((question) => indexQuestion(question, categoryIndex.get(question.category) ?? 0));
  const entries: Record<FlexField, string[][]> = {
    title: [],
    symptoms: [],
    body: [],
    category: [],
    titlePrefix: [],
    symptomsPrefix: [],
    categoryPrefix: [],
  };
  for (const question of questions) {
    const title = tokenize(question.t);
    const symptoms = tokenize(symptomText(question));
    entries.title.push(exactKeys(title, false));
    entries.symptoms.push(exactKeys(symptoms, false));
    entries.body.push(exactKeys(tokenize(question.b), true));
    entries.titlePrefix.push(prefixKeys(title));
    entries.symptomsPrefix.push(prefixKeys(symptoms));
  }
  for (const category of graph.categories) {
    const tokens = tokenize(category.title);
    entries.category.push(exactKeys(tokens, false));
    entries.categoryPrefix.push(prefixKeys(tokens));
  }
  return {
    version: 2,
    categories: graph.categories.map((category) => [category.id, category.title]),
    questions,
    synonyms: synonyms.groups
      .map((group) => [...new Set(group.phrases.map(normalizePhrase))].filter(Boolean))
      .filter((group) => group.length >= 2),
    flex: buildFlexExports(entries),
  };
}

/** The symptoms of a question as one searchable text; `;` keeps neighbouring labels from reading as one phrase. */
function symptomText(question: IndexedQuestion): string {
  return question.s.map(([label]) => label).join(' ; ');
}

function indexQuestion(question: Question, category: number): IndexedQuestion {
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
  return {
    id: question.id,
    t: question.title,
    c: category,
    u: question.url,
    b: body,
    s: symptoms,
    p: steps,
    n: [
      wordCount(tokenize(question.title)),
      wordCount(tokenize(symptoms.map(([label]) => label).join(' ; '))),
      wordCount(tokenize(body)),
    ],
  };
}

function clean(text: string): string {
  return text.replace(MACHINE_NOISE, '').replace(/\s+/g, ' ').trim();
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
