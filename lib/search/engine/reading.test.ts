import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildQuestionGraph } from '@/lib/content/build-graph';
import { parseFaqDocument } from '@/lib/content/parse-faq';
import { buildSearchIndex } from '../build/build-index';
import { fixtureIndex } from '../test-helpers';
import { missingFrom, readWords } from './reading';
import { createSearcher } from './searcher';
import type { SearchIndexData, Searcher } from './types';

/** Another project's FAQ, with no glossary: what the search reads from its text alone. */
function packageManagerIndex(): SearchIndexData {
  const path = join(import.meta.dirname, '..', 'fixtures', 'package-manager-faq.md');
  const graph = buildQuestionGraph([parseFaqDocument(new VFile({ path, value: readFileSync(path, 'utf8') }))]);
  return JSON.parse(JSON.stringify(buildSearchIndex(graph, { groups: [] }))) as SearchIndexData;
}

let packages: Searcher;
let payments: Searcher;
beforeAll(() => {
  packages = createSearcher(packageManagerIndex());
  payments = createSearcher(fixtureIndex());
});

describe('readWords', () => {
  it('gives every word typed, in order, and marks the ones that only say how someone asks', () => {
    expect(readWords('I get 401 when calling the API')).toEqual([
      { text: 'I', ignored: true },
      { text: 'get', ignored: true },
      { text: '401' },
      { text: 'when', ignored: true },
      { text: 'calling' },
      { text: 'the', ignored: true },
      { text: 'API' },
    ]);
  });

  it('keeps an identifier whole', () => {
    expect(readWords('unauthorized_client again')).toEqual([{ text: 'unauthorized_client' }, { text: 'again' }]);
  });
});

describe('missingFrom', () => {
  const vocabulary = { has: (term: string) => ['pnpm', 'install', 'errpnpmpeerdepissu', 'peer', 'error'].includes(term) };

  it('names an identifier the index does not hold whole, though it holds its parts', () => {
    expect(missingFrom('ERR_PNPM_NO_MATCHING_VERSION on install', vocabulary)).toEqual(['ERR_PNPM_NO_MATCHING_VERSION']);
  });

  it('names a quoted message with a word no answer has', () => {
    expect(missingFrom('it says "frobnicator exploded" on install', vocabulary)).toEqual(['frobnicator exploded']);
  });

  it('leaves words, however capitalised, to the search', () => {
    expect(missingFrom('HTTP API Install', vocabulary)).toEqual([]);
  });
});

describe('topic before filler', () => {
  it('ranks the answer on the query\'s topic first, and leaves out a title that shares only an everyday word with it', () => {
    const ids = packages.search('it says a peer dependency is missing').map((result) => result.id);
    expect(ids[0]).toBe('why-does-install-fail-with-err_pkg_peer_dep_issues');
    expect(ids).not.toContain('what-does-the-registry-say-when-a-package-name-is-taken');
  });

  it('still lists what everyday words find when nothing matches more', () => {
    expect(packages.search('what does it say').map((result) => result.id)).toContain('what-does-the-registry-say-when-a-package-name-is-taken');
  });
});

describe('what a search says about its query', () => {
  it('says no answer mentions an identifier that is in none, and still offers the partial matches', () => {
    const { results, reading } = packages.query('ERR_PKG_NO_MATCHING_VERSION');
    expect(reading.missing).toEqual(['ERR_PKG_NO_MATCHING_VERSION']);
    expect(results.length).toBeGreaterThan(0);
  });

  it('says nothing is missing when an answer has the identifier, and leads with it', () => {
    const { results, reading } = packages.query('ERR_PKG_PEER_DEP_ISSUES');
    expect(reading.missing).toEqual([]);
    expect(results[0]?.id).toBe('why-does-install-fail-with-err_pkg_peer_dep_issues');
  });

  it('finds the long form of an abbreviation the FAQ defines, and the short form from the long, as abbreviations', () => {
    // One answer defines it (`pull request (PR)`); the others write only one of the forms.
    const short = packages.query('open a PR ');
    expect(short.results[0]?.id).toBe('how-do-i-open-a-pull-request');
    expect(short.reading.expansions).toContainEqual({ text: 'pull request', for: 'PR', kind: 'abbreviation' });
    const long = packages.query('pull request closed ');
    expect(long.results[0]?.id).toBe('why-was-my-pr-closed');
    expect(long.reading.expansions).toContainEqual({ text: 'PR', for: 'pull request', kind: 'abbreviation' });
  });

  it('shows a typo corrected and a glossary phrase as what they are, after the words typed', () => {
    const { reading } = payments.query('captrue fails ');
    expect(reading.words.map((word) => word.text)).toEqual(['captrue', 'fails']);
    expect(reading.expansions).toContainEqual({ text: 'capture', for: 'captrue', kind: 'spelling' });
    expect(payments.query('money back ').reading.expansions.map((expansion) => expansion.kind)).toContain('glossary');
  });
});
