/**
 * Entry of `embed.js`, the script a partner page adds:
 *
 *   <script src="https://FAQ-HOST/embed.js" defer></script>
 *   <faq-search></faq-search>
 *
 * It defines `<faq-search>` and nothing else. The FAQ site's address is read
 * from this script's own URL while it runs (`document.currentScript` is only
 * set then), so the widget loads its index, its search code and its links from
 * wherever embed.js came from, base path included.
 */
import { createFaqSearchElement, TAG } from './faq-search-element';
import { faqRootFrom } from './urls';

const script = document.currentScript;
const root = script instanceof HTMLScriptElement ? faqRootFrom(script.src) : undefined;

if (!root) {
  console.error(
    '[faq-search] embed.js could not tell which site it came from. Load it with a classic script tag, <script src="https://FAQ-HOST/embed.js" defer></script>, not inline, bundled or as type="module".',
  );
} else if (!customElements.get(TAG)) {
  customElements.define(TAG, createFaqSearchElement(root));
}
