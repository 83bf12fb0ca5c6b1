import { describe, expect, it } from 'vitest';
import { graphOf } from '@/lib/content/test-helpers';
import type { WizardTree } from '@/lib/wizard/types';
import { buildSearchIndex } from './build-index';
import { collectPhrasings } from './phrasings';
import { createSearcher } from '../engine/searcher';
import { questionIdOf } from '../engine/question-id';
import type { SearchIndexData } from '../engine/types';

const faq = `# Payments FAQ

## Table of contents

- [Money back](#how-can-i-refund-a-payment)
- [Why does capture fail?](#why-does-capture-fail)

## Payments

### How can I refund a payment?
<!-- also asked as: customer wants her money back; reimburse a buyer -->

Use the refund endpoint. If it fails, see [when capture goes wrong](#why-does-capture-fail) or [here](#why-does-capture-fail).

### Why does capture fail?

The amount is higher than the reservation. Read [How can I refund a payment?](#how-can-i-refund-a-payment) and
[https://example.com/refund](#how-can-i-refund-a-payment).

### Why am I not sent back to the shop?

The result page opens in the default browser.
`;

const wizard: WizardTree = {
  root: 'start',
  nodes: {
    start: {
      type: 'choice',
      id: 'start',
      prompt: 'What happened?',
      options: [
        { label: 'After paying I was not sent back to the shop', next: 'not-sent-back' },
        { label: 'Something with money', next: 'money' },
      ],
    },
    money: {
      type: 'choice',
      id: 'money',
      prompt: 'What about the money?',
      options: [
        { label: 'The capture call returns an error', hint: 'Such as captured amount exceeds the reserved amount', next: 'capture' },
        { label: 'Why does capture fail', next: 'capture' },
      ],
    },
    'not-sent-back': { type: 'answer', id: 'not-sent-back', question: 'why-am-i-not-sent-back-to-the-shop', checklist: ['Open the result page.'] },
    capture: { type: 'answer', id: 'capture', question: 'why-does-capture-fail', checklist: ['Capture less.'] },
  },
};

const { graph } = graphOf({ 'faq/payments.md': faq });

describe('collectPhrasings', () => {
  it('gathers also-asked-as phrasings, table-of-contents labels, link texts and troubleshooter options, by the question they lead to', () => {
    expect(Object.fromEntries(collectPhrasings(graph, wizard))).toEqual({
      'how-can-i-refund-a-payment': ['customer wants her money back', 'reimburse a buyer', 'Money back'],
      'why-does-capture-fail': ['when capture goes wrong', 'The capture call returns an error', 'Such as captured amount exceeds the reserved amount'],
      'why-am-i-not-sent-back-to-the-shop': ['After paying I was not sent back to the shop'],
    });
  });

  it('leaves out what repeats the title, link texts that only point (`here`, a URL) and options that lead to another choice', () => {
    const all = [...collectPhrasings(graph, wizard).values()].flat();
    expect(all).not.toContain('here');
    expect(all).not.toContain('Why does capture fail');
    expect(all).not.toContain('https://example.com/refund');
    expect(all).not.toContain('Something with money');
  });

  it('needs no troubleshooter', () => {
    expect(collectPhrasings(graph).get('why-am-i-not-sent-back-to-the-shop')).toBeUndefined();
  });
});

describe('the phrasings field', () => {
  const data = JSON.parse(JSON.stringify(buildSearchIndex(graph, { groups: [] }, { wizard }))) as SearchIndexData;
  const searcher = createSearcher(data);

  it('ships the phrasings of a question and counts their words', () => {
    const refund = data.questions.find((question) => questionIdOf(question) === 'how-can-i-refund-a-payment');
    expect(refund?.f).toEqual(['customer wants her money back', 'reimburse a buyer', 'Money back']);
    expect(refund?.n[3]).toBe(8);
  });

  it('finds a question by words only its phrasings hold', () => {
    expect(searcher.search('reimburse')[0]?.id).toBe('how-can-i-refund-a-payment');
    expect(searcher.search('exceeds the reserved amount')[0]?.id).toBe('why-does-capture-fail');
  });
});
