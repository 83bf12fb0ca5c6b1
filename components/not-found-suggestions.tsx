'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';

type Entry = { url: string; title: string };

/**
 * Suggests the questions whose titles share the most words with the missing
 * page's address; before that is known (or without JavaScript), the first few.
 */
export function NotFoundSuggestions({ questions }: { questions: Entry[] }) {
  const [suggestions, setSuggestions] = useState<Entry[]>(questions.slice(0, 5));
  const [wizardStep, setWizardStep] = useState(false);
  useEffect(() => {
    setWizardStep(/\/wizard\/[^/]+/.test(window.location.pathname));
    const words = wordsOf(decodeURIComponentSafe(window.location.pathname + ' ' + window.location.hash));
    if (words.size === 0) return;
    const scored = questions
      .map((question) => ({ question, score: [...wordsOf(question.title)].filter((word) => words.has(word)).length }))
      .filter((entry) => entry.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, 5)
      .map((entry) => entry.question);
    if (scored.length > 0) setSuggestions(scored);
  }, [questions]);
  return (
    <>
    {wizardStep && (
      <p className="mt-6 rounded-md border border-[var(--border)] bg-[var(--surface)] p-4">
        This troubleshooter step does not exist any more: the troubleshooter may have changed since the link was
        shared. <Link href="/wizard/">Start the troubleshooter</Link> again; it takes a few clicks.
      </p>
    )}
    <section aria-labelledby="suggestions-heading" className="mt-8">
      <h2 id="suggestions-heading" className="text-lg font-semibold">Perhaps you were looking for</h2>
      <ul className="mt-2 space-y-1.5">
        {suggestions.map((question) => (
          <li key={question.url}><Link href={question.url}>{question.title}</Link></li>
        ))}
      </ul>
    </section>
    </>
  );
}

const STOP = new Set(['a', 'an', 'and', 'the', 'to', 'of', 'i', 'do', 'is', 'in', 'for', 'my', 'can', 'how', 'why', 'what', 'q', 'c', 'get']);

function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^a-z0-9æøå]+/).filter((word) => word.length > 1 && !STOP.has(word)));
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
