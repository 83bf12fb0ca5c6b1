/** Turns paths relative to an FAQ file into URLs of the original files in its source repository. */

const GITHUB = /^(https:\/\/github\.com\/[^/]+\/[^/]+\/)(blob|tree|raw)\/([^/]+)\//i;
const GITLAB = /^(https:\/\/[^/]+\/.+?\/-\/)(blob|tree|raw)\/([^/]+)\//i;

/**
 * `href` as written in the FAQ at `source` (the file's URL in its repository),
 * made absolute: `api-guide.md#scopes` next to it, `../images/a.png` above it,
 * `/docs/x.md` from the repository's root. Images (`src`) point at the raw file
 * on GitHub and GitLab, so they show. Undefined when `href` cannot be read as a URL.
 */
export function resolveInSource(href: string, source: string, attribute: 'href' | 'src' = 'href'): string | undefined {
  try {
    const forge = GITHUB.exec(source) ?? GITLAB.exec(source);
    const root = forge ? `${forge[1]}blob/${forge[3]}/` : new URL('/', source).href;
    const url = href.startsWith('/') && !href.startsWith('//') ? new URL(href.slice(1), root) : new URL(href, source);
    if (attribute === 'src' && forge) url.pathname = url.pathname.replace(/\/(-\/)?blob\//, (_, gitlab: string | undefined) => `/${gitlab ?? ''}raw/`);
    return url.href;
  } catch {
    return undefined;
  }
}

/** Where the source shows `line` of the file, for an "Edit this answer" link: GitHub's plain view, else `#L<line>`. */
export function sourceLineUrl(source: string, line: number): string {
  const url = source.replace(/[?#].*$/, '');
  return GITHUB.test(url) ? `${url}?plain=1#L${line}` : `${url}#L${line}`;
}
