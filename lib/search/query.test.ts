import { describe, expect, it } from 'vitest';
import { createPhraseIndex, parseQuery } from './query';
import { DEFAULT_RANKING_WEIGHTS } from './ranking-weights';
import { createVocabulary } from './vocabulary';

const vocabulary = createVocabulary(new Map([['refund', 4], ['payment', 9], ['capture', 3], ['captur', 3], ['money', 2], ['back', 2], ['refusal', 1]]));
const phrases = createPhraseIndex([['refund', 'money back']]);

describe('createPhraseIndex', () => {
  it('indexes each phrase by its first term, with its whole group', () => {
    expect(phrases.get('money')).toEqual([{ terms: ['money', 'back'], group: [['refund'], ['money', 'back']] }]);
    expect(phrases.get('back')).toBeUndefined();
  });
});

describe('parseQuery', () => {
  it('finds the glossary phrases a query spells, with the other phrases of their group', () => {
    const { concepts, spans } = parseQuery('money back ', vocabulary, phrases, false, DEFAULT_RANKING_WEIGHTS);
    expect(concepts.map((concept) => concept.text)).toEqual(['money', 'back']);
    expect(spans).toEqual([{ from: 0, to: 1, phrases: [['refund']] }]);
  });

  it('weighs completions of a word being typed and typo corrections by the weights given', () => {
    const typing = parseQuery('refu', vocabulary, phrases, true, { completion: 0.5, oneTypo: 0.8, twoTypos: 0.6 });
    expect(typing.concepts[0]!.alternatives).toEqual([
      { term: 'refund', weight: 0.5 * (0.5 + (0.5 * 4) / 6) },
      { term: 'refusal', weight: 0.5 * (0.5 + (0.5 * 4) / 7) },
    ]);
    const typo = parseQuery('refnud ', vocabulary, phrases, false, { completion: 0.9, oneTypo: 0.7, twoTypos: 0.6 });
    expect(typo.concepts[0]!.alternatives).toEqual([{ term: 'refund', weight: 0.7 }]);
  });
});
