import { describe, expect, it } from 'vitest';
import { headingKind } from './heading-kind';

describe('headingKind', () => {
  it.each([
    ['Why do I get `HTTP 401 Unauthorized`?', 'question'],
    ['Can I use a different currency than NOK?', 'question'],
    ['How to reset the password', 'question'],
    ['Is it possible to skip the landing page', 'question'],
    ['Hvordan refunderer jeg en betaling?', 'question'],
    ['Kan jeg bruke Vipps i en app?', 'question'],
    ['When should I use "Direct Capture"?', 'question'],
    ['If a user\'s card expires: What happens on the next charge?', 'question'],
    ['Questions?', 'statement'],
    ['Need help?', 'statement'],
    ['Settlement', 'statement'],
    ['Handling refunds on behalf of other stores', 'statement'],
    ['A customer\'s charge failed, but I did not receive any warning', 'statement'],
    ['Solution 1', 'answer-part'],
    ['Option B: use the API', 'answer-part'],
    ['When the folder is on another disk', 'answer-part'],
    ['If you use Docker', 'answer-part'],
    ['On Windows', 'answer-part'],
    ['macOS', 'answer-part'],
    ['Workaround', 'answer-part'],
    ['How it works', 'answer-part'],
    ['Why does this happen?', 'answer-part'],
    ['How do I fix it?', 'answer-part'],
    ['What should I do?', 'answer-part'],
    ['What is Checkout?', 'question'],
    ['Why?', 'answer-part'],
    ['', 'statement'],
  ])('%j reads as a %s', (title, kind) => {
    expect(headingKind(title)).toBe(kind);
  });
});
