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

  it('weighs completions of a word being typed and typo corrections by the weights given, saying which is which', () => {
    const typing = parseQuery('refu', vocabulary, phrases, true, { completion: 0.5, oneTypo: 0.8, twoTypos: 0.6 });
    expect(typing.concepts[0]!.alternatives).toEqual([
      { term: 'refund', weight: 0.5 * (0.5 + (0.5 * 4) / 6), from: 'completion' },
      { term: 'refusal', weight: 0.5 * (0.5 + (0.5 * 4) / 7), from: 'completion' },
    ]);
    const typo = parseQuery('refnud ', vocabulary, phrases, false, { completion: 0.9, oneTypo: 0.7, twoTypos: 0.6 });
    expect(typo.concepts[0]!.alternatives).toEqual([{ term: 'refund', weight: 0.7, from: 'typo' }]);
  });
});

describe('parseQuery on whole questions', () => {
  const words = createVocabulary(
    new Map([
      ['refund', 4], ['payment', 9], ['money', 2], ['nettbutikk', 1], ['kund', 3], ['vippsnummer', 1], ['bruk', 1], ['skiplandingpag', 2],
      ['skip', 3], ['landing', 3], ['pag', 3], ['captur', 3], ['typ', 2], ['typical', 1], ['#day', 5], ['#duration', 8], ['day', 6], ['possibl', 3],
    ]),
  );
  const texts = (query: string) => parseQuery(query, words, phrases, !/\s$/.test(query), DEFAULT_RANKING_WEIGHTS).concepts.map((c) => c.text);

  it('drops the filler of a long question, but searches a short query of filler words', () => {
    expect(texts('we want to know if it is possible to refund the money to the customer for an order ')).toEqual(['refund', 'money', 'customer', 'order']);
    expect(texts('is it possible ')).toEqual(['possible']);
  });

  it('drops Norwegian function words and reads a Norwegian ending off a word only its base form is known by', () => {
    const { concepts } = parseQuery('kan vi bruke vippsnummeret vårt i nettbutikken ', words, phrases, false, DEFAULT_RANKING_WEIGHTS);
    expect(concepts.map((c) => c.text)).toEqual(['bruke', 'vippsnummeret', 'nettbutikken']);
    expect(concepts.map((c) => c.alternatives[0]?.term)).toEqual(['bruk', 'vippsnummer', 'nettbutikk']);
  });

  it('completes only the very last word of the query', () => {
    const { concepts } = parseQuery('capture type do I', words, phrases, true, DEFAULT_RANKING_WEIGHTS);
    expect(concepts[1]!.alternatives).toEqual([{ term: 'typ', weight: 1 }]);
    expect(concepts[1]!.prefixes).toEqual([]);
  });

  it('asks for an identifier the index holds whole, its parts only adding to it', () => {
    const { concepts } = parseQuery('skipLandingPage ', words, phrases, false, DEFAULT_RANKING_WEIGHTS);
    expect(concepts.map((c) => [c.text, c.bonus])).toEqual([
      ['skip', true],
      ['Landing', true],
      ['Page', true],
      ['skipLandingPage', false],
    ]);
  });

  it('reads a number with a unit as one concept: the answers stating a number of days', () => {
    const { concepts } = parseQuery('refund after 90 days ', words, phrases, false, DEFAULT_RANKING_WEIGHTS);
    expect(concepts.map((c) => c.text)).toEqual(['refund', '90 days']);
    expect(concepts[1]!.alternatives.map((a) => a.term)).toEqual(['#day', '#duration', 'day']);
  });

  it('leaves out a glossary phrase inside a longer one the query spells', () => {
    const nested = createPhraseIndex([['pay twic', 'charg twic'], ['twic', 'doubl']]);
    const { spans } = parseQuery('paid twice ', createVocabulary(new Map([['pay', 1], ['twic', 1]])), nested, false, DEFAULT_RANKING_WEIGHTS);
    expect(spans).toEqual([{ from: 0, to: 1, phrases: [['charg', 'twic']] }]);
  });
});

describe('parseQuery on a word only the glossary knows', () => {
  const glossary = createPhraseIndex([['customer', 'kund']]);
  const known = createVocabulary(new Map([['customer', 9], ['fund', 2], ['refund', 4]]));

  it('finds it through its group, never through a typo correction into a neighbour (`kunde` is no `fund`)', () => {
    for (const query of ['refund kunde ', 'refund kunde']) {
      const { concepts, spans } = parseQuery(query, known, glossary, !/\s$/.test(query), DEFAULT_RANKING_WEIGHTS);
      expect(concepts[1]!.alternatives.map((a) => a.term)).not.toContain('fund');
      expect(spans).toEqual([{ from: 1, to: 1, phrases: [['customer']] }]);
    }
  });
});
