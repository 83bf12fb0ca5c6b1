'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Fragment, useCallback, useEffect, useState, type FormEvent } from 'react';
import { withBasePath } from '@/lib/base-path';
import { answerNodeOf } from '@/lib/wizard/answer-index';
import { describeMatches, type Described } from '@/lib/wizard/describe';
import { files, searchUrl, wizardUrl } from '@/lib/routes';
import { useLatest } from './use-latest';
import { MissingNote } from './missing-note';
import { loadSearcher } from './use-searcher';

let answerIndex: Promise<unknown> | undefined;

/** Which troubleshooter answer each question has, fetched once when the box is first used; forgotten when it fails. */
function loadAnswerIndex(): Promise<unknown> {
  answerIndex ??= fetch(withBasePath(files.wizardAnswers))
    .then((response) => {
      if (!response.ok) throw new Error(`The troubleshooter's answers could not be loaded (HTTP ${response.status}).`);
      return response.json();
    })
    .catch((error: unknown) => {
      answerIndex = undefined;
      throw error;
    });
  return answerIndex;
}

/** Longest text read: a pasted log line or two. */
const MAX_TEXT = 2000;

/**
 * "Describe what you see": free text (a pasted log line, "401", "customer
 * paid twice") goes through the search index, whose symptom lane knows
 * statuses, codes and messages. It shows what the text was read as, the best
 * troubleshooter answer and the next few, each with the words that matched,
 * and keeps the text in the URL (`/wizard/?q=`), so Back and a shared link
 * bring it back. Without JavaScript it is a search form.
 */
export function DescribeSymptom() {
  const router = useRouter();
  const [text, setText] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [described, setDescribed] = useState<(Described & { query: string }) | null>(null);

  const latest = useLatest();
  const describe = useCallback(
    (raw: string) => {
      const query = raw.trim().slice(0, MAX_TEXT);
      if (!query) {
        latest.cancel();
        setBusy(false);
        setDescribed(null);
        setMessage('Paste an error message or describe what you see first.');
        return;
      }
      setBusy(true);
      setMessage(null);
      latest.run(
        async () => {
          const [searcher, answers] = await Promise.all([loadSearcher(), loadAnswerIndex()]);
          // Submitted text is whole: its last word is not completed as one being typed (`API` → `apim`).
          return { response: await searcher.queryAsync(`${query} `, { limit: 20 }), answers };
        },
        ({ response, answers }) => {
          setBusy(false);
          const results = response.results;
          const found = describeMatches(response, (question) => answerNodeOf(answers, question));
          const url = new URL(window.location.href);
          url.searchParams.set('q', query);
          window.history.replaceState(null, '', url);
          setDescribed({ ...found, query });
          const best = found.matches[0];
          const missing = found.understood.missing;
          if (missing.length > 0) setMessage(`No answer mentions ${missing.join(' or ')}.${best ? ` Closest: “${best.title}”.` : ''}`);
          else if (best) setMessage(`Best match: “${best.title}”${found.matches.length > 1 ? `, and ${found.matches.length - 1} more below.` : '.'}`);
          else if (results.length > 0) setMessage('No troubleshooter answer matches that, but the FAQ search has results.');
          else setMessage('Nothing in the FAQ matches that. Pick what is closest below.');
        },
        () => {
          setBusy(false);
          router.push(searchUrl(query));
        },
      );
    },
    [router, latest],
  );

  // Back to this page, or a shared /wizard/?q= link: the text and its matches come back.
  useEffect(() => {
    const query = new URLSearchParams(window.location.search).get('q');
    if (!query) return;
    setText(query.slice(0, MAX_TEXT));
    describe(query);
  }, [describe]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    describe(text);
  };

  const [best, ...others] = described?.matches ?? [];
  const searchHref = searchUrl(described?.query);
  return (
    <div className="mt-4 rounded-lg border border-line bg-surface p-4">
      <form action={withBasePath(searchUrl())} method="get" onSubmit={onSubmit}>
        <label htmlFor="describe" className="block font-semibold">Describe what you see</label>
        <p id="describe-hint" className="text-sm text-muted">Paste an error from your log, type a status like 401, or what your customer said.</p>
        <div className="mt-2 flex flex-col gap-2 sm:flex-row">
          <input
            id="describe"
            name="q"
            type="text"
            value={text}
            maxLength={MAX_TEXT}
            onChange={(event) => setText(event.target.value)}
            onFocus={() => void loadSearcher().catch(() => undefined)}
            aria-describedby="describe-hint describe-message"
            className="field flex-1"
            placeholder="e.g. HTTP 401 Unauthorized, or “customer paid twice”"
          />
          <button type="submit" disabled={busy} className="btn btn-primary btn-lg">
            {busy ? 'Finding…' : 'Find the answer'}
          </button>
        </div>
        {/* Read out, and shown unless the matches below already say it. */}
        <p id="describe-message" role="status" className={described?.matches.length || described?.understood.missing.length ? 'sr-only' : 'mt-2 text-sm empty:hidden'}>{message}</p>
      </form>
      {described && <MissingNote missing={described.understood.missing} partial={!!best} className="mt-3 text-sm" />}
      {described && best && (
        <section aria-labelledby="describe-best-heading" className="mt-3 border-t border-line pt-3">
          <h2 id="describe-best-heading" className="font-semibold">{described.understood.missing.length > 0 ? 'Closest' : 'Best'} match for “{described.query}”</h2>
          <Understood {...described.understood} />
          <p className="mt-2">
            <Link href={wizardUrl(best.node)} className="text-lg font-medium">{best.title}</Link>
            <MatchedWords words={best.words} />
          </p>
          {others.length > 0 && (
            <>
              <h3 className="mt-3 text-sm font-semibold">Or one of these</h3>
              <ul className="mt-1 space-y-1">
                {others.map((match) => (
                  <li key={match.node}>
                    <Link href={wizardUrl(match.node)}>{match.title}</Link>
                    <MatchedWords words={match.words} />
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className="mt-3 text-sm">
            Not it? <Link href={searchHref}>Search the whole FAQ</Link>, or pick what is closest below.
          </p>
        </section>
      )}
      {described && !best && described.otherResults > 0 && (
        <p className="mt-2 text-sm"><Link href={searchHref}>See the FAQ search results for “{described.query}”</Link></p>
      )}
    </div>
  );
}

/**
 * What the text was read as, the words typed first: “Read as HTTP 401 Unauthorized and the words 401, calling, API;
 * also searched for apim (for API, completion).”
 */
function Understood({ symptoms, words, expansions }: Described['understood']) {
  if (symptoms.length === 0 && words.length === 0) return null;
  return (
    <p className="mt-1 text-sm text-muted" data-read-as="">
      Read as{' '}
      {symptoms.map((symptom) => (
        <Fragment key={symptom}>
          <strong className="font-mono">{symptom}</strong>{' '}
        </Fragment>
      ))}
      {symptoms.length > 0 && words.length > 0 && 'and '}
      {words.length > 0 && `the words ${words.join(', ')}`}
      {expansions.length > 0 && `; also searched for ${expansions.slice(0, 6).map((e) => `${e.text} (for ${e.for}, ${e.kind})`).join(', ')}`}.
    </p>
  );
}

function MatchedWords({ words }: { words: string[] }) {
  if (words.length === 0) return null;
  return <span className="ml-2 text-sm text-muted">matches {words.join(', ')}</span>;
}
