import type { QuestionGraph, Symptom } from '@/lib/content/types';
import type { WizardTree } from './types';

/** An answer node whose question names something the user described. */
export interface SymptomMatch {
  /** Id of the answer node. */
  node: string;
  question: string;
  /** Higher is better: error codes, identifiers and messages outweigh a bare HTTP status. */
  score: number;
  matched: Symptom[];
}

const STATUS = /\b([45]\d\d)\b/g;
const ERROR_CODE = /\berror\s*(?:code)?\s*[:=#]?\s*["']?(\d{1,3})\b/gi;
const IDENTIFIER = /\b(?:[a-z][a-z0-9]*(?:_[a-z0-9]+)+|AADSTS\d{3,})\b/gi;

/**
 * "Describe what you see": pulls HTTP statuses, error codes, identifiers such
 * as `unauthorized_client`, and known error messages out of free text, and
 * returns the answer nodes whose question has those symptoms, best first.
 * Deterministic and small on purpose; the page combines it with full-text search.
 */
export function matchSymptomToNode(tree: WizardTree, graph: QuestionGraph, text: string): SymptomMatch[] {
  const lower = text.toLowerCase();
  const statuses = new Set([...text.matchAll(STATUS)].map((m) => Number(m[1])));
  const codes = new Set([...text.matchAll(ERROR_CODE)].map((m) => String(Number(m[1]))));
  const identifiers = new Set([...text.matchAll(IDENTIFIER)].map((m) => m[0].toLowerCase()));
  const questions = new Map(graph.questions.map((question) => [question.id, question]));

  const matches: SymptomMatch[] = [];
  for (const node of Object.values(tree.nodes)) {
    if (node.type !== 'answer') continue;
    const question = questions.get(node.question);
    if (!question) continue;
    const matched: Symptom[] = [];
    let score = 0;
    for (const symptom of question.symptoms) {
      const weight = symptomWeight(symptom, { statuses, codes, identifiers, lower });
      if (weight > 0) {
        matched.push(symptom);
        score += weight;
      }
    }
    if (score === 0) continue;
    // A question about one status ("Why do I get HTTP 401?") beats one that mentions it in passing.
    if (matched.some((s) => s.type === 'http-status' && question.title.includes(String(s.code)))) score += 1;
    matches.push({ node: node.id, question: question.id, score, matched });
  }
  return matches.sort((a, b) => b.score - a.score || a.node.localeCompare(b.node));
}

function symptomWeight(
  symptom: Symptom,
  seen: { statuses: Set<number>; codes: Set<string>; identifiers: Set<string>; lower: string },
): number {
  switch (symptom.type) {
    case 'http-status':
      return seen.statuses.has(symptom.code) ? 2 : 0;
    case 'error-code':
      return seen.codes.has(symptom.code) ? 4 : 0;
    case 'identifier':
      return seen.identifiers.has(symptom.text.toLowerCase()) ? 4 : 0;
    case 'error-message':
      return symptom.text.length >= 6 && seen.lower.includes(symptom.text.toLowerCase()) ? 4 : 0;
  }
}
