import { describe, expect, it } from 'vitest';
import { groupByTopic, stemOf } from './topics';

const titles = [
  'Does the service create charges for an agreement?',
  'At what time are charges made?',
  'Can the charge for an agreement be changed?',
  'How can I delete an agreement?',
  'How can I convert agreements?',
  'Can a user cancel through the app?',
  'If a user changes the card, what happens?',
  'Settlement',
  'Invoicing',
  'Is there an API for the service status?',
];

describe('groupByTopic', () => {
  it('names groups by the words their titles share, the most shared first, and keeps the rest together', () => {
    const groups = groupByTopic(titles, (title) => title, 8, new Set(['service']));
    expect(groups.map((group) => [group.label, group.items])).toEqual([
      ['Agreements', [titles[0], titles[2], titles[3], titles[4]]],
      ['User', [titles[5], titles[6]]],
      ['Other questions', [titles[1], titles[7], titles[8], titles[9]]],
    ]);
  });

  it('never names a group by a filler word or the product, and makes no group of one', () => {
    const groups = groupByTopic(['How do I pay?', 'How do I log in?', 'What is Acme?', 'Can I use Acme offline?'], (title) => title, 8, new Set(['acme']));
    expect(groups).toEqual([{ label: 'Other questions', items: ['How do I pay?', 'How do I log in?', 'What is Acme?', 'Can I use Acme offline?'] }]);
  });

  it('stays within the number of options it is given', () => {
    const many = Array.from({ length: 40 }, (_, i) => `Question about topic${i % 20} and more`);
    expect(groupByTopic(many, (title) => title, 5).length).toBeLessThanOrEqual(5);
  });

  it.each([
    ['charges', 'charge'],
    ['agreements', 'agreement'],
    ['policies', 'policy'],
    ['status', 'status'],
    ['access', 'access'],
  ])('%s is the topic %s', (word, stem) => {
    expect(stemOf(word)).toBe(stem);
  });
});
