import { describe, expect, it } from 'vitest';
import { formMatch, queryForms, titleForms } from './question-form';

describe('queryForms', () => {
  it.each([
    ['how long is a payment reserved', ['duration']],
    ['for how many days can we capture', ['duration']],
    ['hvor lenge varer reservasjonen', ['duration']],
    ['when can I send charges', ['time']],
    ['can we sell on instagram', ['possibility']],
    ['do we have to store card numbers', ['necessity']],
    ['how do I refund a payment', ['procedure']],
    ['why does capture fail', ['problem']],
    ['what happens to the charges', ['consequence']],
    ['where can I download the report', ['location']],
    ['what is direct capture', ['definition']],
    ['refund remaining 250 NOK', []],
    ['reserve vs direct capture', ['comparison']],
    ['checkout compared to klarna', ['comparison']],
    ['does pnpm support workspaces', ['possibility']],
    ['must the store keep a lockfile', ['necessity']],
    ['downloaded files location', ['location']],
    ['the config folder', ['location']],
  ])('%s asks in %j', (query, forms) => {
    expect([...queryForms(query)].sort()).toEqual([...forms].sort());
  });

  it('reads each clause of a long query, a duration it names, a problem it describes and "is that possible" anywhere', () => {
    expect([...queryForms('we sell e-books, should we capture at once? and when do we get the money')].sort()).toEqual(['time']);
    expect([...queryForms('delivery takes three weeks, will the money still be there')]).toEqual(['duration']);
    expect([...queryForms('the capture call failed')]).toEqual(['problem']);
    expect([...queryForms('check whether a number has vipps before we show the button, is that possible?')]).toEqual(['possibility']);
  });
});

describe('titleForms', () => {
  it('reads the title, and a plain yes or no opening the answer as a possibility', () => {
    expect([...titleForms('For how long is a payment reserved?', 'A payment is reserved for 7 days.')]).toEqual(['duration']);
    expect([...titleForms('Why do payments fail?', 'The most common reasons are:')]).toEqual(['problem']);
    expect([...titleForms('Do I need to store card data?', 'No. Vipps handles all payment details.')].sort()).toEqual(['necessity', 'possibility']);
    expect([...titleForms('Settlement', 'Settlements are paid out daily.')]).toEqual([]);
    expect([...titleForms('What is the difference between "Reserve Capture" and "Direct Capture"?', 'Reserve capture')].sort()).toEqual(['comparison', 'definition']);
  });
});

describe('formMatch', () => {
  it('is 1 for a shared form, ½ for two kinds of yes-or-no question, else 0', () => {
    expect(formMatch(new Set(['duration']), new Set(['duration']))).toBe(1);
    expect(formMatch(new Set(['necessity']), new Set(['possibility']))).toBe(0.5);
    expect(formMatch(new Set(['duration']), new Set(['problem']))).toBe(0);
    expect(formMatch(new Set(), new Set(['problem']))).toBe(0);
  });
});
