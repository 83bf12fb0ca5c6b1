'use client';

import { useCallback, useState } from 'react';

/**
 * Copies text to the clipboard and remembers what was copied for two
 * seconds (for a "Copied" label and a screen-reader message). Where the
 * clipboard API is unavailable (plain http, old browsers) it shows the text
 * in a prompt to copy by hand.
 */
export function useCopy<Kind extends string = 'text'>() {
  const [copied, setCopied] = useState<Kind | null>(null);
  const copy = useCallback(async (text: string, kind: Kind) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(kind);
      window.setTimeout(() => setCopied((current) => (current === kind ? null : current)), 2000);
    } catch {
      window.prompt('Copy this:', text);
    }
  }, []);
  return { copied, copy };
}
