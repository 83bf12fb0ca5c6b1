import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The primary FAQ as an author wrote it: the source of truth the pages are checked against. */
export const primaryFaq = readFileSync(join(import.meta.dirname, '..', 'content', 'faq', 'vipps-ecom-api-faq.md'), 'utf8');

/** Every `#anchor` of the table of contents, with the label it shows. */
export function tableOfContents(): { anchor: string; label: string }[] {
  const toc = primaryFaq.slice(primaryFaq.indexOf('<!-- START_TOC -->'), primaryFaq.indexOf('<!-- END_TOC -->'));
  return [...toc.matchAll(/\[([^\]]+)\]\(#([^)]+)\)/g)].map((m) => ({ label: m[1]!, anchor: m[2]! }));
}

/** Each `###` question with the markdown of its answer. */
export function questionsWithAnswers(): { heading: string; markdown: string }[] {
  const body = primaryFaq.slice(primaryFaq.indexOf('<!-- END_TOC -->'));
  const parts = body.split(/^(#{2,3} .*)$/m);
  const result: { heading: string; markdown: string }[] = [];
  for (let i = 1; i < parts.length; i += 2) {
    const heading = parts[i]!;
    if (heading.startsWith('### ')) result.push({ heading: heading.slice(4), markdown: parts[i + 1] ?? '' });
  }
  return result;
}

/** The words a reader sees in a markdown text: link targets, HTML comments and markup dropped. */
export function visibleWords(markdown: string): string[] {
  const text = markdown
    .replace(/<!--[\s\S]*?-->/g, ' ')
    // Ordered-list numbers are drawn by the list itself, not written in the text.
    .replace(/^\s*\d+\.\s/gm, ' ')
    // A fence's language tag (```json) is not shown.
    .replace(/^\s*(```|~~~)[\w-]*/gm, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/[*_`#>|[\]]/g, ' ');
  return [...new Set(text.match(/[\p{L}\p{N}]+/gu) ?? [])];
}
