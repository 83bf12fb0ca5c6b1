'use client';

import { useEffect, useState, type ReactNode } from 'react';
import { emitFaqEvent } from './faq-events';

/** Tells a listening host page that a troubleshooter step was shown (`faq:wizard-step`). */
export function WizardEvents({ node, type, question }: { node: string; type: 'choice' | 'answer'; question?: string }) {
  useEffect(() => {
    emitFaqEvent('faq:wizard-step', { node, type, question });
  }, [node, type, question]);
  return null;
}

/**
 * "Did this solve it?" Without JavaScript the alternatives are a plain
 * disclosure; with it, each answer also emits `faq:solved` / `faq:not-solved`.
 */
export function WizardOutcome({ node, question, solvedNote, children }: { node: string; question: string; solvedNote: string; children: ReactNode }) {
  const [solved, setSolved] = useState(false);
  return (
    <section aria-label="Did this solve it?" className="mt-8 rounded-lg border border-line p-4">
      {solved ? (
        <p role="status">{solvedNote}</p>
      ) : (
        <button
          type="button"
          className="btn btn-primary mb-3"
          onClick={() => {
            setSolved(true);
            emitFaqEvent('faq:solved', { node, question });
          }}
        >
          This solved it
        </button>
      )}
      <details
        onToggle={(event) => {
          if ((event.currentTarget as HTMLDetailsElement).open) emitFaqEvent('faq:not-solved', { node, question });
        }}
      >
        <summary className="cursor-pointer font-medium">This did not solve it</summary>
        <div className="mt-3">{children}</div>
      </details>
    </section>
  );
}
