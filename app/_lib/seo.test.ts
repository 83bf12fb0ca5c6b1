import { describe, expect, it } from 'vitest';
import { homeTitle } from './seo';

describe('homeTitle', () => {
  it('names the site and what it answers', () => {
    expect(homeTitle('FAQ Navigator', 'Vipps eCom API FAQ')).toBe('FAQ Navigator: Vipps eCom API FAQ');
  });

  it('says the name once when the heading only repeats it, as a site named after its FAQ has', () => {
    expect(homeTitle('Stashbox Backup FAQ', 'Stashbox backup FAQ ')).toBe('Stashbox Backup FAQ');
  });
});
