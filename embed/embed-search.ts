/**
 * Entry of `embed-search.js`: the app's own search code (lib/search's browser
 * entry) as an ES module, which embed.js imports from the FAQ site the first
 * time a reader focuses the search box. Kept out of embed.js so the widget
 * stays small whatever the search engine weighs.
 */
export { openSearcher } from '@/lib/search/engine/client';
