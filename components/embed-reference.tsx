import { DEFAULT_CONFIG, MAX_RESULTS_RANGE } from '@/embed/config';
import { CUSTOM_PROPERTIES } from '@/embed/theme';
import { SiteOrigin } from './embed-snippet';

const ATTRIBUTE_ROWS: { name: string; values: string; byDefault: string; what: string }[] = [
  { name: 'placeholder', values: 'text', byDefault: DEFAULT_CONFIG.placeholder, what: 'Shown in the empty box.' },
  { name: 'theme', values: 'light, dark, auto', byDefault: DEFAULT_CONFIG.theme, what: 'Colour scheme; auto follows your page (its data-theme, a dark or light class on <html> or <body>, or a color-scheme of one scheme), else the reader’s system setting.' },
  { name: 'max-results', values: `${MAX_RESULTS_RANGE.min}–${MAX_RESULTS_RANGE.max}`, byDefault: String(DEFAULT_CONFIG.maxResults), what: 'Most results listed.' },
  { name: 'category', values: 'a category id (below)', byDefault: 'every category', what: 'Search one category only.' },
  { name: 'query', values: 'text', byDefault: 'none', what: 'Search at once and show the results, e.g. the error code your page is about.' },
  { name: 'target', values: '_self, _blank, _parent, _top or a window name', byDefault: DEFAULT_CONFIG.target, what: 'Where answers open. _blank adds rel="noopener".' },
];

const PROPERTY_USE: Record<(typeof CUSTOM_PROPERTIES)[number]['name'], string> = {
  '--faq-search-font': 'Font family',
  '--faq-search-font-size': 'Base font size (use px or em: the widget never uses rem, so it ignores your root size)',
  '--faq-search-bg': 'Background of the box and the results',
  '--faq-search-fg': 'Text colour',
  '--faq-search-muted': 'Placeholder, category names',
  '--faq-search-accent': 'Answer titles, links, focus ring, chosen result',
  '--faq-search-border': 'Borders and separators',
  '--faq-search-highlight': 'Background of matched words',
};

/** What a partner may set on `<faq-search>` and what both sites must allow, from the widget's own defaults. */
export function EmbedReference({ origin, categories }: { origin: string; categories: { id: string; title: string }[] }) {
  return (
    <div className="answer max-w-3xl">
      <h2 id="attributes" className="text-2xl font-semibold">Attributes</h2>
      <p>Change any of them at any time; the box updates. A value it cannot use is logged as a <code>[faq-search]</code> console warning saying what to write instead, and the default is used.</p>
      {/* Named and focusable, as tables and code in answers are (lib/rehype-scroll-regions.ts): on a phone they scroll. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Table: Attribute, Values, Default, What it does">
        <table>
          <thead><tr><th>Attribute</th><th>Values</th><th>Default</th><th>What it does</th></tr></thead>
          <tbody>
            {ATTRIBUTE_ROWS.map((row) => (
              <tr key={row.name}><td className="whitespace-nowrap"><code>{row.name}</code></td><td>{row.values}</td><td>{row.byDefault}</td><td>{row.what}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
      <details>
        <summary>Category ids</summary>
        <ul>
          {categories.map((category) => (
            <li key={category.id}><code>{category.id}</code>: {category.title}</li>
          ))}
        </ul>
      </details>

      <h2 id="styling" className="text-2xl font-semibold">Colours and font</h2>
      <p>
        The box lives in a shadow root: your stylesheet cannot break it and its styles cannot leak into your page. Restyle it with
        these custom properties, on <code>faq-search</code> or any ancestor; each theme has its own defaults. Results open below the
        box, in your page’s flow.
      </p>
      <pre tabIndex={0} role="region" aria-label="Code: css"><code>{'faq-search {\n  --faq-search-font: Georgia, serif;\n  --faq-search-accent: #c2410c;\n  max-width: 40rem;\n}'}</code></pre>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Table: Property, Light, Dark, Used for">
        <table>
          <thead><tr><th>Property</th><th>Light</th><th>Dark</th><th>Used for</th></tr></thead>
          <tbody>
            {CUSTOM_PROPERTIES.map((property) => (
              <tr key={property.name}>
                <td className="whitespace-nowrap"><code>{property.name}</code></td><td><code>{property.light}</code></td><td><code>{property.dark || property.light}</code></td><td>{PROPERTY_USE[property.name]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 id="csp" className="text-2xl font-semibold">What your page must allow</h2>
      <p>If your page has a Content-Security-Policy, add this site to two directives:</p>
      <pre data-embed-csp tabIndex={0} role="region" aria-label="Code: Content-Security-Policy"><code>script-src <SiteOrigin fallback={origin} />;{'\n'}connect-src <SiteOrigin fallback={origin} />;</code></pre>
      <ul>
        <li><code>script-src</code> for <code>embed.js</code> and the search code it imports on first use (<code>embed-search.js</code>).</li>
        <li><code>connect-src</code> for the search index, <code>search-index.json</code> (and, for a large FAQ, its parts under <code>/search-shards/</code>).</li>
        <li>Nothing else: no <code>&apos;unsafe-inline&apos;</code>, no <code>&apos;unsafe-eval&apos;</code>, no <code>style-src</code> (the styles are a constructed stylesheet inside the shadow root), no frames.</li>
      </ul>

      <h2 id="cors" className="text-2xl font-semibold">What this site must send</h2>
      <p>Whoever hosts this FAQ site must send <code>Access-Control-Allow-Origin: *</code> (or your origin) on:</p>
      <ul>
        <li><code>/search-index.json</code> and, for a large FAQ, <code>/search-shards/*</code>, fetched with <code>fetch()</code>;</li>
        <li><code>/embed-search.js</code>, the search code, imported as an ES module (module scripts are always fetched with CORS);</li>
        <li><code>/embed.js</code> itself only if your tag adds <code>crossorigin</code> or <code>integrity</code>; a plain script tag does not need it.</li>
      </ul>
      <p>
        <code>scripts/serve.mjs</code> and GitHub Pages send it; on other hosts (nginx, a CDN) configure it. Give{' '}
        <code>embed.js</code> a short cache lifetime: its address never changes. <code>embed-search.js</code> is requested with a
        content hash (<code>?v=…</code>), so it may be cached for long.
      </p>

      <h2 id="security" className="text-2xl font-semibold">What the box does and does not do</h2>
      <ul>
        <li>It defines the <code>faq-search</code> element and adds nothing else to your page’s globals.</li>
        <li>It loads the index and search code from this site on first focus (or at once when <code>query</code> is set), without cookies.</li>
        <li>Text from the index is inserted as text, never as HTML; results are plain links to this site’s answers.</li>
        <li>It does not listen to <code>postMessage</code>, so no other window or frame can talk to it.</li>
        <li>If loading fails (blocked by CSP, no CORS header, offline) it says so in the box with a retry button, and logs the cause as a <code>[faq-search]</code> console error.</li>
      </ul>
    </div>
  );
}
