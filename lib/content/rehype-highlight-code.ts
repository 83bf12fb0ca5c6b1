import type { Element, ElementContent, Root } from 'hast';
import { common, createLowlight } from 'lowlight';

/**
 * Highlights fenced code that names its language (```json, one of lowlight's `common`
 * grammars) at build time: the
 * code's text becomes `span.hljs-*` tokens, coloured by the site's stylesheet in
 * both themes, so no highlighter runs in the browser. Fences without a language
 * (error messages, log lines) are left as they are: guessing would colour prose.
 *
 * Runs after sanitising. It reads only the code's text and writes only spans with
 * highlight.js's own class names, so content can neither reach the highlighter's
 * output as markup nor claim its classes (the sanitiser drops author-written ones).
 */
export function rehypeHighlightCode() {
  const lowlight = (commonLowlight ??= createLowlight(common));
  // A plain walk: most sections have no code block, and this runs on every section.
  const walk = (parent: Root | Element) => {
    for (const node of parent.children) {
      if (node.type !== 'element') continue;
      if (node.tagName === 'pre') highlight(node);
      else walk(node);
    }
  };
  const highlight = (pre: Element) => {
    const code = pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
    const language = code && languageOf(code);
    if (!code || !language || !lowlight.registered(language)) return;
    const text = code.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
    code.children = lowlight.highlight(language, text).children as ElementContent[];
    code.properties = { ...code.properties, dataLanguage: language };
  };
  return (tree: Root) => walk(tree);
}

/** Made once: every document's processor uses it. */
let commonLowlight: ReturnType<typeof createLowlight> | undefined;

/** `language-json` → `json` (the class remark gives a fence's info string). */
function languageOf(code: Element): string | undefined {
  const classes: unknown = code.properties?.className;
  const names: string[] = Array.isArray(classes) ? classes.map(String) : typeof classes === 'string' ? classes.split(/\s+/) : [];
  return names.find((name) => name.startsWith('language-'))?.slice('language-'.length).toLowerCase();
}
