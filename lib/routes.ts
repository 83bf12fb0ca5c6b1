/**
 * Every URL of the site, written in one place: the app's pages and links, the graph and troubleshooter
 * JSON, the sitemap, the search results and the embeddable widget all import these. Paths are
 * site-relative and without the base path (`withBasePath` adds it where a path leaves the app as a plain
 * `href`); every page path ends in `/`, as the static export writes `…/index.html`.
 */

/** The home page. */
export const homeUrl = '/';

/** A question's page. */
export const questionUrl = (id: string) => `/q/${id}/`;

/** One checklist step of a question's answer (`n` is 1-based). */
export const stepUrl = (questionId: string, n: number) => `${questionUrl(questionId)}#step-${n}`;

/** A category's page; `page` 2 and on are the rest of a long category's list. */
export const categoryUrl = (id: string, page = 1) => (page <= 1 ? `/c/${id}/` : `/c/${id}/page/${page}/`);

/** A FAQ document's page; `page` 2 and on are the rest of a long list of its categories. */
export const documentUrl = (id: string, page = 1) => (page <= 1 ? `/d/${id}/` : `/d/${id}/page/${page}/`);

/**
 * A troubleshooter node; the first question (`node` undefined) is `/wizard/`. `via` is the path the
 * user took when it is not the node's shortest (`lib/wizard/walk.ts`, `formatVia`), and `q` the free
 * text the first screen was given.
 */
export function wizardUrl(node?: string, options: { via?: string; q?: string } = {}): string {
  // `via` is node ids joined by dots: nothing in it needs escaping.
  const params = [...(options.via !== undefined ? [`via=${options.via}`] : []), ...(options.q ? [`q=${encodeURIComponent(options.q)}`] : [])];
  return `${node ? `/wizard/${node}/` : '/wizard/'}${params.length > 0 ? `?${params.join('&')}` : ''}`;
}

/** The search results page, for `query` when given. */
export function searchUrl(query?: string): string {
  return query ? `/search/?q=${encodeURIComponent(query)}` : '/search/';
}

/** The knowledge map; with a category, that category's own map (large sites). */
export const mapUrl = (categoryId?: string) => (categoryId ? `/map/${categoryId}/` : '/map/');

/** A page of the knowledge map's list of categories on a large site: page 1 is `/map/` itself. */
export const mapPageUrl = (page: number) => (page <= 1 ? '/map/' : `/map/page/${page}/`);

/** The embed page, with the snippet and the reference. */
export const embedUrl = '/embed/';

/** Files the site serves beside its pages. */
export const files = {
  searchIndex: '/search-index.json',
  searchShards: '/search-shards/',
  graph: '/graph.json',
  wizard: '/wizard.json',
  /** Which troubleshooter answer each question has (lib/wizard/answer-index.ts). */
  wizardAnswers: '/wizard-answers.json',
  anchors: '/anchors.json',
  sitemap: '/sitemap.xml',
  /** The site's favicon or logo (`favicon.svg`, `logo.png`). */
  brand: (name: string) => `/brand/${name}`,
  /** The web app manifest. */
  manifest: '/manifest.webmanifest',
  /** A question's neighbourhood drawing. */
  neighbourhood: (questionId: string) => `${questionUrl(questionId)}neighbourhood.svg`,
} as const;
