'use client';

import { useEffect } from 'react';
import { fold, termPattern } from '@/lib/highlight';
import { reveal } from './reveal';

/**
 * Marks what a search matched (`?hl=charged+twice&hl=refund`: one phrase or word each) in the answer, so
 * a reader arriving from a result sees why it matched: a phrase where its words stand together, not every
 * occurrence of each of its words. Works on text nodes only: the terms are never parsed as HTML.
 */
export function SearchHighlighter({ selector = '.answer' }: { selector?: string }) {
  useEffect(() => {
    const terms = new URLSearchParams(window.location.search)
      .getAll('hl')
      .slice(0, 8)
      .map((term) => term.slice(0, 200));
    const root = document.querySelector(selector);
    const pattern = termPattern(terms, 'u');
    if (!root || !pattern) return;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    let first: HTMLElement | null = null;
    for (const node of nodes) {
      let current: Text | null = node;
      while (current) {
        const match = pattern.exec(fold(current.data));
        if (!match) break;
        const start = match.index + match[1]!.length;
        const word = current.splitText(start);
        current = word.splitText(match[2]!.length);
        const mark = document.createElement('mark');
        mark.dataset.searchHighlight = '';
        word.replaceWith(mark);
        mark.append(word);
        first ??= mark;
      }
    }
    if (first && !window.location.hash) reveal(first);
  }, [selector]);
  return null;
}
