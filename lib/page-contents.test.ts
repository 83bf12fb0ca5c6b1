import { describe, expect, it } from 'vitest';
import { buildPageContents, LONG_ANSWER, shorten } from './page-contents';

const long = 'x'.repeat(LONG_ANSWER);
const steps = [1, 2, 3].map((n) => ({ id: `step-${n}`, n, text: `Check thing number ${n}` }));
const html = '<p>Intro</p><ol><li id="step-1">a</li><li id="step-2">b</li></ol><h3 id="if-you-use-the-app">If you use the app</h3><ol start="3"><li id="step-3">c</li></ol>';

describe('buildPageContents', () => {
  it('is empty for a short answer', () => {
    expect(buildPageContents({ answer: html, text: 'short', steps, checklistParts: [] })).toEqual([]);
  });

  it('lists a long answer’s steps, then its later sub-headings, then the sections under it', () => {
    expect(buildPageContents({ answer: html, text: long, steps, checklistParts: [], after: [{ id: 'related-heading', label: 'Related' }] })).toEqual([
      { id: 'step-1', label: 'Steps', depth: 0 },
      { id: 'step-1', label: 'Check thing number 1', depth: 1, step: 1 },
      { id: 'step-2', label: 'Check thing number 2', depth: 1, step: 2 },
      { id: 'step-3', label: 'Check thing number 3', depth: 1, step: 3 },
      { id: 'if-you-use-the-app', label: 'If you use the app', depth: 0 },
      { id: 'related-heading', label: 'Related', depth: 0 },
    ]);
  });

  it('groups the steps of several lists under their parts, in the answer’s numbering', () => {
    const parts = [{ label: 'In the portal', from: 1, to: 2 }, { label: 'In the app', from: 3, to: 3 }];
    const entries = buildPageContents({ answer: html, text: long, steps, checklistParts: parts });
    expect(entries.filter((entry) => entry.depth === 0).map((entry) => `${entry.label} #${entry.id}`)).toEqual(['In the portal #step-1', 'In the app #step-3', 'If you use the app #if-you-use-the-app']);
    expect(entries.filter((entry) => entry.step).map((entry) => entry.step)).toEqual([1, 2, 3]);
  });

  it('gives an answer of two sub-headings contents however short it is', () => {
    const twoHeadings = '<h3 id="cause">Cause</h3><p>x</p><h3 id="fix">Fix</h3><p>y</p>';
    expect(buildPageContents({ answer: twoHeadings, text: 'x y', steps: [], checklistParts: [] }).map((entry) => entry.id)).toEqual(['cause', 'fix']);
  });
});

it.each([
  ['Short enough', 'Short enough'],
  ['Check that you are using the correct API credentials for the MSN (Merchant Serial Number) you are using', 'Check that you are using the correct API credentials for the MSN…'],
])('shortens %j to %j', (text, label) => {
  expect(shorten(text)).toBe(label);
});
