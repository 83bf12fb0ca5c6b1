import { beforeAll, describe, expect, it } from 'vitest';
import { decodePostings, encodePostings, exactKeys, importFlexIndexes, prefixKeys } from './flex-index';
import { tokenize } from './normalize';
import { createSearcher } from './searcher';
import { stem } from './stem';
import { fixtureIndex, numberOf as numberIn } from '../test-helpers';
import type { SearchIndexData } from './types';

let data: SearchIndexData;
const numberOf = (id: string) => numberIn(data, id);

beforeAll(() => {
  data = fixtureIndex();
});

describe('the keys a field gives FlexSearch', () => {
  it('marks words only seen inside identifiers and words the body repeats', () => {
    expect(exactKeys(tokenize('unauthorized_client refund refunds refunded refund'), true)).toEqual([
      'unauthorizedclient',
      'refund',
      'refund+',
      'refund++',
      `${stem('unauthorized')}~`,
      'client~',
    ]);
  });

  it('gives the forward-tokenised fields the words as typed, folded but not stemmed', () => {
    expect(prefixKeys(tokenize('Why does Vipps Hurtigkasse fail?'))).toEqual(['vipps', 'hurtigkasse', 'fail']);
  });
});

describe('the shipped postings', () => {
  it('spell each term once, its questions as base-36 gaps with their strength', () => {
    const keys = [['refund', 'refund+'], [], ['capture'], ['refund', 'client~'], ...Array.from({ length: 10 }, () => []), ['refund', 'refund+', 'refund++']];
    expect(encodePostings(keys)).toBe('capture 2;client 3~;refund 0+,3,b++');
  });

  it('read back into every key FlexSearch is asked for, ids in order', () => {
    const keys = [['refund', 'refund+'], [], ['capture'], ['refund', 'client~'], ['refund', 'refund+', 'refund++', 'refund+++']];
    expect(Object.fromEntries(decodePostings(encodePostings(keys)))).toEqual({
      capture: [2],
      'client~': [3],
      refund: [0, 3, 4],
      'refund+': [0, 4],
      'refund++': [4],
      'refund+++': [4],
    });
    expect(decodePostings('')).toEqual(new Map());
  });

  it('answer FlexSearch queries after a JSON round trip', () => {
    const flex = importFlexIndexes(data);
    // `refund+`: answers that say refund at least twice, which the one about how long a refund takes does not.
    expect(flex.body.search('refund+')).toContain(numberOf('how-can-i-refund-a-payment'));
    expect(flex.body.search('refund')).toContain(numberOf('how-long-does-it-take-from-a-refund-is-made-until-the-money-is-in-the-customers-account'));
    expect(flex.body.search('refund+')).not.toContain(numberOf('how-long-does-it-take-from-a-refund-is-made-until-the-money-is-in-the-customers-account'));
    expect(flex.title.search(`${stem('unauthorized')}~`)).toEqual([numberOf('why-do-i-get-unauthorized_client')]);
  });

  it('are where every candidate comes from: without them only the error-code lane and the titles being typed answer', () => {
    const searcher = createSearcher({ ...data, postings: { title: '', symptoms: '', phrasings: '', body: '', category: '' } });
    expect(searcher.search('insufficient funds ')).toEqual([]);
    expect(searcher.search('401')[0]?.id).toBe('why-do-i-get-http-401-unauthorized');
  });
});

describe('the forward-tokenised fields', () => {
  it('are made in the browser from the titles, so every start of a title word finds its question', () => {
    const flex = importFlexIndexes(data);
    expect(flex.titlePrefix.search('hurtigk')).toEqual([numberOf('why-does-hurtigkasse-express-checkout-fail')]);
  });

  it('complete a word being typed without any shipped postings', () => {
    // `hurtigk` is no term, so only FlexSearch's prefix entries can find it.
    const searcher = createSearcher({ ...data, postings: { title: '', symptoms: '', phrasings: '', body: '', category: '' } });
    expect(searcher.search('hurtigk')[0]?.id).toBe('why-does-hurtigkasse-express-checkout-fail');
  });
});
