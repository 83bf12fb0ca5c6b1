import { describe, expect, it } from 'vitest';
import { describePlace } from './result-place';

describe('describePlace', () => {
  it('names the category, after the document when the index holds several', () => {
    expect(describePlace({ categoryTitle: 'Refunds' })).toBe('Refunds');
    expect(describePlace({ categoryTitle: 'Charges', documentTitle: 'Recurring API FAQ' })).toBe('Recurring API FAQ › Charges');
  });
});
