/**
 * Analytics without a backend: the app dispatches DOM CustomEvents on
 * `window`, and a host page (or a tag manager) listens for them.
 *
 * | event              | detail                                   |
 * |--------------------|------------------------------------------|
 * | `faq:search`       | `{ query, resultId? }`                   |
 * | `faq:wizard-step`  | `{ node, type, question? }`              |
 * | `faq:solved`       | `{ node, question }`                     |
 * | `faq:not-solved`   | `{ node, question }`                     |
 */
export type FaqEventName = 'faq:search' | 'faq:wizard-step' | 'faq:solved' | 'faq:not-solved';

export function emitFaqEvent(name: FaqEventName, detail: Record<string, unknown>): void {
  window.dispatchEvent(new CustomEvent(name, { detail }));
}
