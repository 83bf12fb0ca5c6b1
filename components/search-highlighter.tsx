'use client';

import { useEffect } from 'react';
import { fold } from '@/lib/highlight';

/**
 * Marks the words a search matched (`?hl=word word`) in the answer, so a
 * reader arriving from a result sees why it matched. Works on text nodes
 * only: the words are never parsed as HTML.
 */
export function SearchHighlighter({ selector = '.answer' }: { selector?: string }) {
  useEffect(() => {
    const raw = new URLSearchParams(window.location.search).get('hl') ?? '';
    const terms = raw.slice(0, 200).split(/\s+/).map(fold).filter((term) => term.length >= 2).slice(0, 8);
    const root = document.querySelector(selector);
    if (!root || terms.length === 0) return;
    const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])(${terms.map(escapeRegExp).join('|')})`, 'u');
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
    if (first && !window.location.hash) first.scrollIntoView({ block: 'center' });
  }, [selector]);
  return null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
