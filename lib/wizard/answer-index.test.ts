import { describe, expect, it } from 'vitest';
import type { QuestionGraph } from '@/lib/content/types';
import { answerNodeOf, buildAnswerIndex } from './answer-index';
import type { WizardTree } from './types';

const graph = { questions: ['why-401', 'why-403', 'how-refund', 'how-capture', 'what-is-x'].map((id) => ({ id })) } as QuestionGraph;
const answer = (id: string, question: string) => ({ type: 'answer' as const, id, question, checklist: [] });

describe('buildAnswerIndex', () => {
  it('lists only the exceptions when most questions have an answer named after them', () => {
    const nodes = { 'http-401': answer('http-401', 'why-401'), 'why-403': answer('why-403', 'why-403'), 'how-refund': answer('how-refund', 'how-refund'), 'how-capture': answer('how-capture', 'how-capture') };
    const index = buildAnswerIndex({ root: 'start', nodes }, graph);
    expect(index).toEqual({ others: 'same', nodes: { 'why-401': 'http-401', 'what-is-x': null } });
    expect(graph.questions.map(({ id }) => answerNodeOf(index, id))).toEqual(['http-401', 'why-403', 'how-refund', 'how-capture', undefined]);
  });

  it('lists the answers when few questions have one', () => {
    const tree: WizardTree = { root: 'start', nodes: { 'http-401': answer('http-401', 'why-401') } };
    const index = buildAnswerIndex(tree, graph);
    expect(index).toEqual({ others: 'none', nodes: { 'why-401': 'http-401' } });
    expect(answerNodeOf(index, 'why-403')).toBeUndefined();
  });

  it.each([null, 'text', { nodes: 'x' }, { others: 'same', nodes: { 'why-401': 7 } }])('reads a malformed file as no answers: %j', (file) => {
    expect(answerNodeOf(file, 'why-401')).toBeUndefined();
  });
});
