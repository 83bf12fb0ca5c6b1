/**
 * The sub-path the static export is served under (`/faq` for
 * `https://org.github.io/faq/`; `''` at a domain root), set with `BASE_PATH`
 * when building. The one place that reads it: next.config hands it to Next
 * (which prefixes its own links and assets) and passes it on to the browser
 * bundle as `NEXT_PUBLIC_BASE_PATH`, which Next inlines; server code and
 * scripts read `BASE_PATH` itself.
 *
 * Site-relative paths in the core (`/q/x/`) never include it; add it with
 * `withBasePath` where a path leaves the app as a plain `href` or URL.
 * @defaultValue `''`
 */
export const basePath = (process.env.NEXT_PUBLIC_BASE_PATH ?? process.env.BASE_PATH ?? '').replace(/\/+$/, '');

/** `path` (site-relative, starting with `/`) as served, under the base path. */
export function withBasePath(path: string): string {
  return basePath + path;
}
