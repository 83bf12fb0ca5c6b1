import { describe, expect, it } from 'vitest';
import { tokenize } from './normalize';
import { createSnippet, type Hit } from './snippet';

/** The words of `body` whose term is one of `terms`, each counting 1. */
function hitsOf(body: string, terms: string[]): Hit[] {
  return tokenize(body)
    .filter((token) => terms.includes(token.term))
    .map((token) => ({ token, weight: 1 }));
}

const marked = (snippet: { text: string; highlights: [number, number][] }) => snippet.highlights.map(([start, end]) => snippet.text.slice(start, end));

describe('createSnippet', () => {
  it('shows the part of a long step that holds the matched word, not its start', () => {
    const filler = 'Each merchant in the shopping center is a merchant of its own, with its own agreement and its own sale units. '.repeat(3);
    const step = `${filler}A common shopping cart needs a marketplace.`;
    const body = `Intro. ${step}`;
    const start = body.indexOf(step);
    const snippet = createSnippet(body, hitsOf(body, ['marketplac']), [['step-1', start, start + step.length]]);
    expect(snippet.step).toBe('step-1');
    expect(marked(snippet)).toEqual(['marketplace']);
  });

  it('never counts a word its passage cuts off: the rarer word is shown, not the passage that would hide it', () => {
    // `omega` (three times as rare) ends right at the passage's length from the start, followed by a comma:
    // the passage from the start would end before it, so it must not win on omega's weight.
    const body = `alpha ${'word '.repeat(33)}abc omega, and the tail of the answer goes on for a while after it.`;
    const hits = tokenize(body)
      .filter((token) => token.term === 'alpha' || token.term === 'omega')
      .map((token) => ({ token, weight: token.term === 'omega' ? 3 : 1 }));
    expect(marked(createSnippet(body, hits, []))).toEqual(['omega']);
  });
});
