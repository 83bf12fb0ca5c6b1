/**
 * FNV-1a of `text` in base 36: short, stable across runs and machines, and
 * enough to notice that a wording changed (checklist steps, saved progress).
 * Not for security.
 */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
