import { describe, expect, it } from 'vitest';
import { resolveInSource, sourceLineUrl } from './source-links';

const github = 'https://github.com/org/repo/blob/main/docs/faq.md';

describe('resolveInSource', () => {
  it.each([
    ['api-guide.md#scopes', 'href', 'https://github.com/org/repo/blob/main/docs/api-guide.md#scopes'],
    ['../common/timeouts.md', 'href', 'https://github.com/org/repo/blob/main/common/timeouts.md'],
    ['/README.md', 'href', 'https://github.com/org/repo/blob/main/README.md'],
    ['images/setup.png', 'src', 'https://github.com/org/repo/raw/main/docs/images/setup.png'],
    ['images/setup.png', 'href', 'https://github.com/org/repo/blob/main/docs/images/setup.png'],
  ] as const)('%s (%s) → %s', (href, attribute, url) => {
    expect(resolveInSource(href, github, attribute)).toBe(url);
  });

  it('follows GitLab’s /-/blob/ layout and any other host’s plain paths', () => {
    expect(resolveInSource('img/a.png', 'https://gitlab.com/g/p/-/blob/dev/faq.md', 'src')).toBe('https://gitlab.com/g/p/-/raw/dev/img/a.png');
    expect(resolveInSource('/guide.md', 'https://docs.example.com/faq/faq.md')).toBe('https://docs.example.com/guide.md');
  });
});

describe('sourceLineUrl', () => {
  it('opens GitHub’s plain view at the line, and adds #L elsewhere', () => {
    expect(sourceLineUrl(github, 120)).toBe('https://github.com/org/repo/blob/main/docs/faq.md?plain=1#L120');
    expect(sourceLineUrl('https://gitlab.com/g/p/-/blob/dev/faq.md', 7)).toBe('https://gitlab.com/g/p/-/blob/dev/faq.md#L7');
  });
});
