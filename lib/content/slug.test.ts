import { describe, expect, it } from 'vitest';
import { createSlugger } from './slug';

describe('GitHub heading anchors', () => {
  it.each([
    ['Why do I get `HTTP 401 Unauthorized`?', 'why-do-i-get-http-401-unauthorized'],
    ['Why do I get `errorCode 35 "Requested Order not found"`?', 'why-do-i-get-errorcode-35-requested-order-not-found'],
    ["How long does it take from a refund is made until the money is in the customer's account?", 'how-long-does-it-take-from-a-refund-is-made-until-the-money-is-in-the-customers-account'],
    ['What do we have to do with PSD2\'s SCA requirements?', 'what-do-we-have-to-do-with-psd2s-sca-requirements'],
    ["I don't want a charge to fail (insufficient funds / networking issues etc.)", 'i-dont-want-a-charge-to-fail-insufficient-funds--networking-issues-etc'],
    ['Why do I get `unauthorized_client`?', 'why-do-i-get-unauthorized_client'],
    ['Kan jeg bruke Brønnøysund-registeret?', 'kan-jeg-bruke-brønnøysund-registeret'],
  ])('%s → #%s', (heading, anchor) => {
    expect(createSlugger()(heading.replace(/`/g, ''))).toBe(anchor);
  });

  it('numbers repeated headings the way GitHub does', () => {
    const slug = createSlugger();
    expect([slug('Questions?'), slug('Questions?'), slug('Questions?')]).toEqual(['questions', 'questions-1', 'questions-2']);
  });
});
