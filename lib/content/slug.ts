import GithubSlugger, { slug as githubSlug } from 'github-slugger';

/**
 * GitHub's heading anchors: lower-cased, punctuation dropped, spaces to `-`,
 * and `-1`, `-2` … for repeats within one document. The same slugger must see
 * every heading of a document in order, or repeated titles get other anchors
 * than on GitHub.
 */
export function createSlugger(): (text: string) => string {
  const slugger = new GithubSlugger();
  return (text) => slugger.slug(text);
}

/** The anchor GitHub gives a single heading text, ignoring repeats. */
export function slugify(text: string): string {
  return githubSlug(text);
}

/** A URL-safe id for a document, from its file name. */
export function documentIdFromFile(file: string): string {
  const base = file.split('/').pop() ?? file;
  return slugify(base.replace(/\.md$/i, ''));
}
