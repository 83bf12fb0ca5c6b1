import { describe, expect, it } from 'vitest';
import { graphOf } from '@/lib/content/test-helpers';
import { createGraphIndex } from '@/lib/content/graph-index';
import { isNote } from './section-notes';

/** A file of categories that ends in a closing note, with a category whose one question has the category's title. */
const FAQ = `# Shop FAQ

## Payments

### Why does a payment fail?
The card was declined.

### How do I refund?
In the portal.

## Refunds

### Refunds
A question that happens to share its category's title.

## Questions?

We're always happy to help: open an issue.
`;

describe('isNote', () => {
  const { graph } = graphOf({ 'content/faq/shop.md': FAQ });
  const index = createGraphIndex(graph);
  const notes = graph.categories.filter((category) => isNote(category, index.question)).map((category) => category.title);

  it('is a section of prose without questions, an answer in a category of its own', () => {
    expect(notes).toContain('Questions?');
  });

  it('is not a category of questions, even one whose only question shares its title', () => {
    expect(notes).toEqual(['Questions?']);
  });

  it('is a category with no questions at all', () => {
    expect(isNote({ ...graph.categories[0]!, questions: [] }, index.question)).toBe(true);
  });
});
