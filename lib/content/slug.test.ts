import { describe, expect, it } from 'vitest';
import { graphOf } from './test-helpers';

/** The ids the parser gives the questions of a flat FAQ with these `##` headings. */
function questionIds(...headings: string[]): string[] {
  const markdown = `# FAQ\n\n${headings.map((heading) => `## ${heading}\n\nAn answer.\n`).join('\n')}`;
  return graphOf({ 'content/faq/faq.md': markdown }).graph.questions.map((question) => question.id);
}

describe('question ids are GitHub heading anchors', () => {
  it.each([
    ['Why do I get `HTTP 401 Unauthorized`?', 'why-do-i-get-http-401-unauthorized'],
    ['Why do I get `errorCode 35 "Requested Order not found"`?', 'why-do-i-get-errorcode-35-requested-order-not-found'],
    ["How long does it take from a refund is made until the money is in the customer's account?", 'how-long-does-it-take-from-a-refund-is-made-until-the-money-is-in-the-customers-account'],
    ['What do we have to do with PSD2\'s SCA requirements?', 'what-do-we-have-to-do-with-psd2s-sca-requirements'],
    ["I don't want a charge to fail (insufficient funds / networking issues etc.)", 'i-dont-want-a-charge-to-fail-insufficient-funds--networking-issues-etc'],
    ['Why do I get `unauthorized_client`?', 'why-do-i-get-unauthorized_client'],
    ['Kan jeg bruke Brønnøysund-registeret?', 'kan-jeg-bruke-brønnøysund-registeret'],
    ['Why is **this** [linked](https://example.com)?', 'why-is-this-linked'],
  ])('%s → #%s', (heading, anchor) => {
    expect(questionIds(heading)).toEqual([anchor]);
  });

  it('numbers repeated headings the way GitHub does', () => {
    expect(questionIds('Questions?', 'Questions?', 'Questions?')).toEqual(['questions', 'questions-1', 'questions-2']);
  });
});
