import { describe, expect, it } from 'vitest';
import { faqRootFrom, faqUrl, questionHref, searchPageHref } from './urls';

describe('faqRootFrom', () => {
  it.each([
    ['https://faq.example/embed.js', 'https://faq.example/'],
    ['https://faq.example/docs/faq/embed.js?v=3', 'https://faq.example/docs/faq/'],
    ['http://127.0.0.1:4173/embed.js', 'http://127.0.0.1:4173/'],
  ])('%s → %s', (src, root) => expect(faqRootFrom(src)).toBe(root));

  it.each(['', 'embed.js', 'data:text/javascript,1', 'blob:https://faq.example/1234'])('gives up on %j', (src) => {
    expect(faqRootFrom(src)).toBeUndefined();
  });
});

describe('links', () => {
  const root = 'https://faq.example/docs/';

  it('resolves site paths under the base path', () => {
    expect(faqUrl(root, 'search-index.json')).toBe('https://faq.example/docs/search-index.json');
    expect(faqUrl(root, '/q/x/')).toBe('https://faq.example/docs/q/x/');
  });

  it('links a result to its question page with the matched words and step, like the app', () => {
    const href = questionHref(root, { url: '/q/why-do-i-get-http-401-unauthorized/', terms: ['401', 'Unauthorized'], step: 'step-2' });
    expect(href).toBe('https://faq.example/docs/q/why-do-i-get-http-401-unauthorized/?hl=401&hl=Unauthorized#step-2');
  });

  it('cannot be turned into another origin by a result URL', () => {
    expect(new URL(questionHref(root, { url: '//evil.example/q/x/', terms: [] })).origin).toBe('https://faq.example');
  });

  it('links to the results page with the query encoded', () => {
    expect(searchPageHref(root, ' a&b #1 ')).toBe('https://faq.example/docs/search/?q=a%26b%20%231');
  });
});
