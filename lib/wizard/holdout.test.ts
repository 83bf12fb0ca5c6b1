/**
 * A new user's walk through the troubleshooter: for each held-out symptom
 * description (fixtures/holdout-symptoms.tsv, written before the labels), pick
 * at every choice the option whose label shares the most words with the
 * description, and check the answer reached. The matcher is deliberately
 * naive and the same for every case; when a description is not reached, the
 * labels should be reworded in the words people use, not the matcher tuned.
 *
 * The tree and FAQ are a copy (fixtures/holdout-content/, taken from content/
 * when the labels were tuned), so an edit to the live FAQ cannot break this
 * test; copy the live tree over it after rewording labels there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '@/lib/site/build-site';
import type { WizardNode } from './types';

const { tree } = buildSite(join(import.meta.dirname, 'fixtures', 'holdout-content')).troubleshooter;

const cases = readFileSync(join(import.meta.dirname, 'fixtures', 'holdout-symptoms.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .slice(1)
  .map((line) => line.split('\t') as [string, string]);

const STOPWORDS = new Set(
  'a an the and or but of to in on at for from by with as is are was were be been it its this that these those i me my we our us you your she her he his they their them what which when where who how do does did have has had can could will would should so if then than there here into about some any all one'.split(' '),
);

/** Everyday words for the same thing, mapped to one of them. */
const SYNONYMS: Record<string, string> = {
  paid: 'pay',
  twice: 'double',
  got: 'get',
  gets: 'get',
  getting: 'get',
  receive: 'get',
  received: 'get',
  receiving: 'get',
  webshop: 'shop',
  store: 'shop',
  cannot: 'not',
  "can't": 'not',
  never: 'not',
  returned: 'back',
};

function stem(word: string): string {
  for (const suffix of ['ing', 'ed', 'es', 's', 'e']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, -suffix.length);
  }
  return word;
}

function terms(text: string): Set<string> {
  const words = (text.toLowerCase().match(/[a-z0-9_']+/g) ?? []).map((word) => word.replace(/^'+|'+$/g, ''));
  return new Set(words.filter((word) => !STOPWORDS.has(word)).map((word) => stem(SYNONYMS[word] ?? word)));
}

/**
 * The option sharing the most terms with the description. A term counts less
 * when several options of the same choice have it, so "error" does not decide
 * between three options that all mention errors.
 */
function pickOption(node: Extract<WizardNode, { type: 'choice' }>, description: string): number {
  const wanted = terms(description);
  const labels = node.options.map((option) => terms(option.label));
  const spread = (term: string) => labels.filter((label) => label.has(term)).length;
  const scores = labels.map((label) => [...label].filter((term) => wanted.has(term)).reduce((sum, term) => sum + 1 / spread(term), 0));
  const best = Math.max(...scores);
  // A tie or no overlap means the labels did not decide; the walk records it so the test fails.
  if (best === 0 || scores.filter((score) => score === best).length > 1) return -1;
  return scores.indexOf(best);
}

function walkAsNewUser(description: string): { answer: string | undefined; path: string[] } {
  let node = tree.nodes[tree.root];
  const path: string[] = [];
  while (node?.type === 'choice' && path.length < 10) {
    const option = node.options[pickOption(node, description)];
    if (!option) {
      path.push(`(no label of \`${node.id}\` stands out)`);
      break;
    }
    path.push(option.label);
    node = tree.nodes[option.next];
  }
  return { answer: node?.type === 'answer' ? node.question : undefined, path };
}

describe('a new user describing a symptom', () => {
  it('has two dozen descriptions to try', () => {
    expect(cases.length).toBeGreaterThanOrEqual(24);
  });

  it.each(cases)('%s → %s', (description, question) => {
    const { answer, path } = walkAsNewUser(description);
    expect({ answer, path }).toEqual({ answer: question, path });
  });
});
