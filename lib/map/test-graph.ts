import { graphOf } from '@/lib/content/test-helpers';

/**
 * A hand-made FAQ for the map's tests, written as an author would. Links:
 * alpha → bravo, alpha → charlie, charlie → bravo, delta → bravo (and delta
 * to itself, which does not count). So bravo has 3 backlinks, charlie 1, the
 * rest none; bravo and echo link nowhere.
 */
export const TEST_FAQ = `# Test FAQ

## Payments

### Alpha
See [Bravo](#bravo) and [Charlie](#charlie).

### Bravo
Nothing here links on.

### Charlie
Go to [Bravo](#bravo).

## Refunds

### Delta
Read [Bravo](#bravo) and [this answer](#delta).

### Echo
Plain text.
`;

export function testGraph() {
  return graphOf({ 'content/faq/test.md': TEST_FAQ }).graph;
}
