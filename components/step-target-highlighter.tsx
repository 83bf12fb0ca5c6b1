'use client';

import { useEffect } from 'react';
import { reveal } from './reveal';

/**
 * `:target` styling covers a step link opened from outside; after client-side
 * navigation (which does not always update `:target`), this marks the step
 * named in the hash and scrolls it into view if it is not in view already.
 */
export function StepTargetHighlighter() {
  useEffect(() => {
    const mark = () => {
      document.querySelectorAll('li.step.is-target').forEach((el) => el.classList.remove('is-target'));
      const id = window.location.hash.slice(1);
      if (!/^step-\d+$/.test(id)) return;
      const step = document.getElementById(id);
      if (!step) return;
      step.classList.add('is-target');
      reveal(step);
    };
    mark();
    window.addEventListener('hashchange', mark);
    return () => window.removeEventListener('hashchange', mark);
  }, []);
  return null;
}
