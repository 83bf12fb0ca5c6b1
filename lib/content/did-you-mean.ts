import { editDistance } from '@/lib/edit-distance';

/**
 * The candidate closest to `wanted` by edit distance, when it is close enough
 * to be a plausible typo (at most a third of the longer string).
 */
export function didYouMean(wanted: string, candidates: Iterable<string>): string | undefined {
  return closestMatch(wanted, candidates, (candidate) => candidate);
}

/**
 * `didYouMean` over any candidates, compared by `text(candidate)`; ties go to the
 * earlier candidate, so callers list the likeliest place (the same file) first.
 */
export function closestMatch<T>(wanted: string, candidates: Iterable<T>, text: (candidate: T) => string): T | undefined {
  let best: T | undefined;
  let bestText = '';
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const candidateText = text(candidate);
    // Only a candidate nearer than the best so far matters, so stop counting at bestDistance - 1.
    const distance = editDistance(wanted, candidateText, bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestText = candidateText;
      bestDistance = distance;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(2, Math.ceil(Math.max(wanted.length, bestText.length) / 3));
  return bestDistance <= limit ? best : undefined;
}
