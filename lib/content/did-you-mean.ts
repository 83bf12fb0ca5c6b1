import { editDistance } from '@/lib/edit-distance';

/**
 * The candidate closest to `wanted` by edit distance, when it is close enough
 * to be a plausible typo (at most a third of the longer string).
 */
export function didYouMean(wanted: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    // Only a candidate nearer than the best so far matters, so stop counting at bestDistance - 1.
    const distance = editDistance(wanted, candidate, bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(2, Math.ceil(Math.max(wanted.length, best.length) / 3));
  return bestDistance <= limit ? best : undefined;
}
