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

  it('never scores a word its passage cuts off', () => {
    const body = `${'word '.repeat(60)}target`;
    const snippet = createSnippet(body, hitsOf(body, ['target']), []);
    expect(marked(snippet)).toEqual(['target']);
  });
});
