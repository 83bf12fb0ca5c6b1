'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { withBasePath } from '@/lib/base-path';
import { loadSearcher } from './use-searcher';

/**
 * "Describe what you see": free text (a pasted log line, "401", "customer
 * paid twice") goes through the search index, whose symptom lane knows
 * statuses, codes and messages, and jumps to the troubleshooter answer of the
 * best match. Without JavaScript it is a search form.
 */
export function DescribeSymptom({ answers }: { answers: Record<string, string> }) {
  const router = useRouter();
  const [text, setText] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const query = text.trim().slice(0, 2000);
    if (!query) {
      setMessage('Paste an error message or describe what you see first.');
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const results = (await loadSearcher()).search(query, { limit: 10 });
      const match = results.find((result) => Object.hasOwn(answers, result.id));
      if (match) router.push(`/wizard/${answers[match.id]}/`);
      else if (results[0]) router.push(`/search/?q=${encodeURIComponent(query)}`);
      else setMessage('Nothing in the FAQ matches that. Pick what is closest below.');
    } catch {
      router.push(`/search/?q=${encodeURIComponent(query)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form action={withBasePath('/search/')} method="get" onSubmit={onSubmit} className="mt-4 rounded-md border border-[var(--border)] bg-[var(--surface)] p-4">
      <label htmlFor="describe" className="block font-semibold">Describe what you see</label>
      <p id="describe-hint" className="text-sm text-[var(--muted)]">Paste an error from your log, type a status like 401, or what your customer said.</p>
      <div className="mt-2 flex flex-col gap-2 sm:flex-row">
        <input
          id="describe"
          name="q"
          type="text"
          value={text}
          maxLength={2000}
          onChange={(event) => setText(event.target.value)}
          aria-describedby="describe-hint describe-message"
          className="flex-1 rounded-md border border-[var(--border)] bg-[var(--bg)] px-3 py-2"
          placeholder="e.g. HTTP 401 Unauthorized, or “customer paid twice”"
        />
        <button type="submit" disabled={busy} className="rounded-md bg-brand-strong px-4 py-2 font-semibold text-white disabled:opacity-60">
          {busy ? 'Finding…' : 'Find the answer'}
        </button>
      </div>
      <p id="describe-message" role="status" className="mt-2 text-sm empty:hidden">{message}</p>
    </form>
  );
}
