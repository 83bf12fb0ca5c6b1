import { beforeAll, describe, expect, it } from 'vitest';
import { exactKeys, importFlexIndexes, prefixKeys } from './flex-index';
import { tokenize } from './normalize';
import { createSearcher } from './searcher';
import { stem } from './stem';
import { fixtureIndex, numberOf as numberIn } from './test-helpers';
import type { FlexField, SearchIndexData } from './types';

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

describe('the shipped FlexSearch exports', () => {
  it('hold the forward tokenizer entries for every start of a title word', () => {
    const entries = new Map(data.flex.titlePrefix.flat());
    expect(entries.get('hurtigk')?.flat()).toEqual([numberOf('why-does-hurtigkasse-express-checkout-fail')]);
  });

  it('answer FlexSearch queries after a JSON round trip', () => {
    const flex = importFlexIndexes(data.flex);
    expect(flex.titlePrefix.search('hurtigk')).toEqual([numberOf('why-does-hurtigkasse-express-checkout-fail')]);
    // `refund+`: answers that say refund at least twice, which the one about how long a refund takes does not.
    expect(flex.body.search('refund+')).toContain(numberOf('how-can-i-refund-a-payment'));
    expect(flex.body.search('refund')).toContain(numberOf('how-long-does-it-take-from-a-refund-is-made-until-the-money-is-in-the-customers-account'));
    expect(flex.body.search('refund+')).not.toContain(numberOf('how-long-does-it-take-from-a-refund-is-made-until-the-money-is-in-the-customers-account'));
    expect(flex.title.search(`${stem('unauthorized')}~`)).toEqual([numberOf('why-do-i-get-unauthorized_client')]);
  });

  it('are where every candidate comes from: without them only the error-code lane answers', () => {
    const empty = Object.fromEntries(Object.keys(data.flex).map((field) => [field, []])) as unknown as Record<FlexField, []>;
    const searcher = createSearcher({ ...data, flex: empty });
    expect(searcher.search('capture')).toEqual([]);
    expect(searcher.search('refu')).toEqual([]);
    expect(searcher.search('401')[0]?.id).toBe('why-do-i-get-http-401-unauthorized');
  });

  it('complete a word being typed through the forward tokenizer alone', () => {
    // Only the forward-tokenised title index left: `hurtigk` is no term, so only FlexSearch's prefix entries can find it.
    const empty = Object.fromEntries(Object.keys(data.flex).map((field) => [field, []])) as unknown as Record<FlexField, []>;
    const searcher = createSearcher({ ...data, flex: { ...empty, titlePrefix: data.flex.titlePrefix } });
    expect(searcher.search('hurtigk')[0]?.id).toBe('why-does-hurtigkasse-express-checkout-fail');
  });
});
