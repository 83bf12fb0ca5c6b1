import type { SearchResult } from '@/lib/search/engine/client';
import { describeStatus, moveActive, type LoadStatus } from '@/lib/combobox';
import { ATTRIBUTES, checkCategory, DEFAULT_CONFIG, parseConfig, type AttributeName, type EmbedConfig } from './config';
import { createLatest } from '@/lib/search/engine/latest';
import { loadSearch, type LoadedSearch } from './load-search';
import { createOption, h, setTarget } from './render';
import { adoptStyles } from './styles';
import { hostScheme, SCHEME_ATTRIBUTES, type SchemeSignals } from './theme';
import { faqUrl, questionHref, searchPageHref } from './urls';

/** The element's tag name: the only name embed.js adds to a page. */
export const TAG = 'faq-search';

/**
 * The `<faq-search>` class for the FAQ site at `root` (origin plus base
 * path, ending in `/`). A WAI-ARIA APG "list autocomplete" combobox in an
 * open shadow root, behaving like the app's search box: results appear as
 * you type; the arrow keys move `aria-activedescendant`; Enter opens the
 * active result (or the FAQ's results page when none is active); Escape
 * clears and closes. The index and search code load on first focus or hover,
 * or at once when `query` is set.
 */
export function createFaqSearchElement(root: string): CustomElementConstructor {
  return class extends FaqSearchElement {
    protected readonly root = root;
  };
}

/** The element, for the FAQ site at `root`, which `createFaqSearchElement` sets. */
abstract class FaqSearchElement extends HTMLElement {
  static observedAttributes: readonly AttributeName[] = ATTRIBUTES;

  protected abstract readonly root: string;

  #config: EmbedConfig = DEFAULT_CONFIG;
  #status: LoadStatus = 'idle';
  #loaded: LoadedSearch | undefined;
  #query = '';
  #results: SearchResult[] = [];
  /** Identifiers and messages of the query that no answer mentions: the results are partial matches. */
  #missing: string[] = [];
  /** The option links, in result order. */
  #options: HTMLElement[] = [];
  #open = false;
  #active = -1;
  /** The unknown `category` value already reported, so it is reported once. */
  #reportedCategory: string | undefined;
  #messageKey = '';
  /** Watches the host page's scheme while `theme` is `auto`. */
  #schemeWatch: { observer: MutationObserver; media: MediaQueryList } | undefined;
  /** The results of a search that a newer one overtook are dropped. */
  readonly #latest = createLatest();
  /** Whether the current query's search is still fetching what it needs; the list shows the last results meanwhile. */
  #pending = false;

  readonly #root: HTMLElement;
  readonly #input: HTMLInputElement;
  readonly #live: HTMLElement;
  readonly #popup: HTMLElement;
  readonly #message: HTMLElement;
  readonly #list: HTMLElement;
  readonly #all: HTMLElement;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    adoptStyles(shadow);
    this.#input = h('input', {
      id: 'input',
      type: 'search',
      role: 'combobox',
      'aria-expanded': 'false',
      'aria-controls': 'list',
      'aria-autocomplete': 'list',
      'aria-describedby': 'hint',
      autocomplete: 'off',
      spellcheck: 'false',
      maxlength: '10000',
      enterkeyhint: 'search',
    }) as HTMLInputElement;
    this.#live = h('div', { role: 'status', 'aria-live': 'polite', class: 'sr' });
    this.#message = h('p', { class: 'message' });
    this.#list = h('ul', { id: 'list', role: 'listbox', 'aria-label': 'Search results' });
    this.#all = h('a', { class: 'all', tabindex: '-1' });
    this.#popup = h('div', { class: 'popup', hidden: '' }, this.#message, this.#list, this.#all);
    this.#root = h(
      'div',
      { class: 'root', lang: 'en' },
      h('label', { class: 'sr', for: 'input' }, 'Search the FAQ'),
      this.#input,
      h('span', { id: 'hint', class: 'sr' }, 'Results appear as you type; use the arrow keys to choose one and Enter to open it.'),
      this.#live,
      this.#popup,
    );
    shadow.append(this.#root);

    this.#input.addEventListener('focus', () => {
      this.#load();
      this.#open = true;
      this.#render();
    });
    this.#input.addEventListener('pointerenter', () => this.#load());
    this.#input.addEventListener('input', () => {
      this.#query = this.#input.value;
      this.#open = true;
      this.#search();
    });
    this.#input.addEventListener('keydown', (event) => this.#onKeyDown(event));
    // Keeps focus in the input when an option or the retry button is clicked.
    this.#popup.addEventListener('mousedown', (event) => event.preventDefault());
    this.#root.addEventListener('focusout', (event) => {
      if (event.relatedTarget instanceof Node && this.#root.contains(event.relatedTarget)) return;
      this.#open = false;
      this.#render();
    });
    this.#applyScheme();
    this.#render();
  }

  connectedCallback(): void {
    this.#watchScheme();
    this.#applyScheme();
  }

  disconnectedCallback(): void {
    this.#schemeWatch?.observer.disconnect();
    this.#schemeWatch?.media.removeEventListener('change', this.#applyScheme);
    this.#schemeWatch = undefined;
  }

  /**
   * `theme="auto"` follows the host page, as a docs site's theme toggle sets it (`data-theme`, a class,
   * `color-scheme` on its root or body), and the reader's system only when the page says nothing.
   */
  #watchScheme(): void {
    if (this.#schemeWatch || this.#config.theme !== 'auto' || !this.isConnected) return;
    const observer = new MutationObserver(this.#applyScheme);
    const options = { attributes: true, attributeFilter: [...SCHEME_ATTRIBUTES, 'class', 'style'] };
    observer.observe(document.documentElement, options);
    if (document.body) observer.observe(document.body, options);
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', this.#applyScheme);
    this.#schemeWatch = { observer, media };
  }

  readonly #applyScheme = (): void => {
    const { theme } = this.#config;
    if (theme !== 'auto') {
      this.#root.dataset.theme = theme;
      return;
    }
    const signals = (element: Element | null): SchemeSignals[] =>
      element
        ? [{
            dataTheme: SCHEME_ATTRIBUTES.map((name) => element.getAttribute(name)).find((value) => value !== null) ?? null,
            classes: [...element.classList].map((name) => name.toLowerCase()),
            colorScheme: getComputedStyle(element).colorScheme,
          }]
        : [];
    this.#root.dataset.theme = hostScheme([...signals(document.documentElement), ...signals(document.body)]) ?? 'auto';
  };

  attributeChangedCallback(name: AttributeName, previous: string | null, value: string | null): void {
    if (previous === value) return;
    const { config, problems } = parseConfig((attribute) => this.getAttribute(attribute));
    const problem = problems.get(name);
    if (problem) console.warn(`[faq-search] ${problem}`);
    this.#config = config;
    if (name === 'theme') {
      this.#watchScheme();
      this.#applyScheme();
    }
    if (name === 'query') {
      this.#query = config.query;
      this.#open = config.query.trim() !== '';
      if (this.#open) this.#load();
    }
    this.#search();
  }

  #load(): void {
    if (this.#status === 'loading' || this.#status === 'ready') return;
    this.#status = 'loading';
    this.#render();
    loadSearch(this.root).then(
      (loaded) => {
        this.#loaded = loaded;
        this.#status = 'ready';
        this.#search();
      },
      () => {
        this.#status = 'error';
        this.#render();
      },
    );
  }

  /**
   * Results always belong to the current query: a search that a newer one overtook is dropped. One that
   * cannot fetch the shards of the index it needs is reported like a failed load, and "Try again" searches again.
   */
  #search(): void {
    const loaded = this.#loaded;
    if (!loaded || !this.#query.trim()) {
      this.#latest.cancel();
      this.#show([], []);
      return;
    }
    this.#pending = true;
    this.#list.setAttribute('aria-busy', 'true');
    this.#latest.run(
      () => loaded.searcher.queryAsync(this.#query, { limit: this.#config.maxResults, category: this.#category(loaded) }),
      ({ results, reading }) => this.#show(results, reading.missing),
      (error: unknown) => {
        console.error(`[faq-search] ${error instanceof Error ? error.message : String(error)}`);
        this.#pending = false;
        this.#status = 'error';
        this.#render();
      },
    );
  }

  #show(results: SearchResult[], missing: string[]): void {
    this.#pending = false;
    this.#list.setAttribute('aria-busy', 'false');
    this.#results = results;
    this.#missing = missing;
    this.#active = -1;
    this.#renderResults();
    this.#render();
  }

  /** The `category` to search in, or `undefined` (with a console warning) when the index has no such category. */
  #category(loaded: LoadedSearch): string | undefined {
    const { category } = this.#config;
    const problem = checkCategory(category, loaded.categories);
    if (!problem) return category;
    if (this.#reportedCategory !== category) console.warn(`[faq-search] ${problem}`);
    this.#reportedCategory = category;
    return undefined;
  }

  #onKeyDown(event: KeyboardEvent): void {
    const count = this.#results.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        this.#open = true;
        this.#active = moveActive(this.#active, count, event.key === 'ArrowDown' ? 1 : -1);
        this.#render();
        break;
      case 'Enter': {
        if (!this.#query.trim()) break;
        event.preventDefault();
        const option = this.#open && this.#active >= 0 ? this.#options[this.#active] : undefined;
        (option ?? this.#all).click();
        break;
      }
      case 'Escape':
        // With nothing to clear, Escape is left to the host page (closing its dialog, say).
        if (!this.#query) break;
        event.preventDefault();
        this.#query = '';
        this.#input.value = '';
        this.#open = false;
        this.#search();
        break;
    }
  }

  /** Rebuilds the options; called only when the results change, so the list does not flicker as the active option moves. */
  #renderResults(): void {
    const { target } = this.#config;
    const built = this.#results.map((result, i) => createOption(result, `option-${i}`, questionHref(this.root, result), target));
    this.#options = built.map(({ option }) => option);
    this.#list.replaceChildren(...built.map(({ item }) => item));
    const query = this.#query.trim();
    this.#all.setAttribute('href', searchPageHref(this.root, query));
    this.#all.textContent = `See all results for “${query.slice(0, 80)}”`;
    setTarget(this.#all, target);
  }

  #render(): void {
    const { placeholder } = this.#config;
    const query = this.#query.trim();
    const count = this.#results.length;
    const showList = this.#open && query !== '';
    this.#input.placeholder = placeholder;
    if (this.#input.value !== this.#query) this.#input.value = this.#query;
    this.#input.setAttribute('aria-expanded', String(showList));
    const activeId = showList && this.#active >= 0 ? `option-${this.#active}` : undefined;
    if (activeId) this.#input.setAttribute('aria-activedescendant', activeId);
    else this.#input.removeAttribute('aria-activedescendant');
    for (const [i, option] of this.#options.entries()) option.setAttribute('aria-selected', String(i === this.#active));
    if (activeId) this.#options[this.#active]?.scrollIntoView({ block: 'nearest' });

    // A first search that is still fetching what it needs shows as loading, not as "no results".
    const shown = this.#pending && count === 0 ? 'loading' : this.#status;
    const missing = shown === 'ready' && this.#missing.length > 0 ? `No answer mentions ${this.#missing.join(' or ')}. ` : '';
    const status = showList ? missing + describeStatus(shown, query, count) : '';
    if (this.#live.textContent !== status) this.#live.textContent = status;
    this.#popup.hidden = !showList;
    this.#list.hidden = this.#status !== 'ready' || count === 0;
    this.#all.hidden = this.#list.hidden;
    this.#renderMessage(shown, query, count);
  }

  #renderMessage(status: LoadStatus, query: string, count: number): void {
    const message = this.#message;
    const missing = status === 'ready' ? this.#missing : [];
    message.hidden = status === 'ready' && count > 0 && missing.length === 0;
    // Rebuilt only when its wording changes, so a focused retry button stays focused.
    const key = `${status} ${this.#config.target} ${query} ${missing.join(' ')} ${count > 0}`;
    if (message.hidden || this.#messageKey === key) return;
    this.#messageKey = key;
    if (status === 'error') {
      const retry = h('button', { type: 'button' }, 'Try again');
      retry.addEventListener('click', () => this.#load());
      message.replaceChildren('Search could not be loaded. ', retry);
    } else if (status !== 'ready') {
      message.replaceChildren('Loading search…');
    } else if (missing.length > 0) {
      const named = missing.flatMap((text, i) => [...(i > 0 ? [' or '] : []), h('code', {}, text)]);
      message.replaceChildren('No answer mentions ', ...named, count > 0 ? '. Partial matches:' : '.');
    } else {
      const wizard = h('a', { href: faqUrl(this.root, 'wizard/') }, 'Try the troubleshooter');
      setTarget(wizard, this.#config.target);
      message.replaceChildren(`No answer matches “${query.slice(0, 80)}”. `, wizard);
    }
  }
}
