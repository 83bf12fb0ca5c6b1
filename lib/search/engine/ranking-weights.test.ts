import { describe, expect, it } from 'vitest';
import { DEFAULT_RANKING_WEIGHTS, parseRankingWeights, resolveRankingWeights } from './ranking-weights';
import { createSearcher } from './searcher';
import { fixtureIndex } from '../test-helpers';

describe('resolveRankingWeights', () => {
  it('keeps the defaults where nothing, or undefined, overrides them', () => {
    expect(resolveRankingWeights()).toEqual(DEFAULT_RANKING_WEIGHTS);
    expect(resolveRankingWeights({ title: 6, lane: undefined })).toEqual({ ...DEFAULT_RANKING_WEIGHTS, title: 6 });
  });
});

describe('parseRankingWeights', () => {
  it('reads an object of known weights', () => {
    expect(parseRankingWeights('{"title":6,"laneCap":2}')).toEqual({ title: 6, laneCap: 2 });
  });

  it.each([
    ['not JSON', '{title:6}', `Weights must be a JSON object such as '{"title":6}'; got {title:6}`],
    ['a list', '[6]', `Weights must be a JSON object such as '{"title":6}'; got [6]`],
    ['an unknown weight', '{"titel":6}', 'Unknown weight `titel`; the weights are title, symptoms,'],
    ['a string for a number', '{"title":"6"}', 'Weight `title` must be a finite number; got "6"'],
  ])('rejects %s, saying what to write', (_, json, message) => {
    expect(() => parseRankingWeights(json)).toThrow(message);
  });
});

describe('weights passed to createSearcher', () => {
  const data = fixtureIndex();
  const ids = (query: string, weights = {}) => createSearcher(data, { weights }).search(query, { limit: 3 }).map((result) => result.id);

  it('rank as the defaults do when they are the defaults', () => {
    expect(createSearcher(data, { weights: DEFAULT_RANKING_WEIGHTS }).search('capture')).toEqual(createSearcher(data).search('capture'));
  });

  it('change the ranking: without title focus, a title that says capture among fewer other words moves up', () => {
    // `How can I check if I have reserve capture or direct capture?` says capture twice among five words;
    // `How do I turn direct capture on or off?` once among three.
    expect(ids('capture')).toEqual(['why-does-capture-fail', 'how-can-i-check-if-i-have-reserve-capture-or-direct-capture', 'how-do-i-turn-direct-capture-on-or-off']);
    expect(ids('capture', { titleFocus: 0 })).toEqual(['why-does-capture-fail', 'how-do-i-turn-direct-capture-on-or-off', 'how-can-i-check-if-i-have-reserve-capture-or-direct-capture']);
  });
});
