import { describe, expect, it } from 'vitest';
import { checkCategory, DEFAULT_CONFIG, parseConfig, parseMaxResults, parseTarget, parseTheme, type AttributeName } from './config';

const categories: [string, string][] = [
  ['common-errors', 'Common errors'],
  ['refunds', 'Refunds'],
  ['reservations-and-captures', 'Reservations and captures'],
];

function configOf(attributes: Partial<Record<AttributeName, string>>) {
  return parseConfig((name) => attributes[name] ?? null);
}

describe('parseConfig', () => {
  it('uses the defaults when no attribute is set', () => {
    expect(configOf({})).toEqual({ config: DEFAULT_CONFIG, problems: new Map() });
  });

  it('reads every attribute', () => {
    const { config, problems } = configOf({
      placeholder: 'Error code…',
      theme: 'Dark',
      'max-results': '3',
      category: ' refunds ',
      query: '401',
      target: '_blank',
    });
    expect(config).toEqual({ placeholder: 'Error code…', theme: 'dark', maxResults: 3, category: 'refunds', query: '401', target: '_blank' });
    expect(problems.size).toBe(0);
  });

  it('reports each bad attribute by name and keeps a working value', () => {
    const { config, problems } = configOf({ theme: 'purple', 'max-results': 'ten', target: '_new' });
    expect(config).toMatchObject({ theme: 'auto', maxResults: 8, target: '_self' });
    expect([...problems.keys()]).toEqual(['theme', 'max-results', 'target']);
  });
});

describe('parseTheme', () => {
  it.each(['light', 'dark', 'auto', ' LIGHT '])('accepts %j', (raw) => expect(parseTheme(raw).type).toBe('ok'));

  it('says which values exist', () => {
    expect(parseTheme('purple')).toEqual({
      type: 'invalid',
      value: 'auto',
      problem: 'theme="purple" is not a theme; use "light", "dark" or "auto". Using "auto" (the host page\'s colour scheme, else the reader\'s system setting).',
    });
  });
});

describe('parseMaxResults', () => {
  it.each([
    ['5', 5],
    [' 12 ', 12],
    ['', 8],
  ])('%j → %i', (raw, value) => expect(parseMaxResults(raw)).toEqual({ type: 'ok', value }));

  it.each(['ten', '2.5', '-1', '3px', 'Infinity'])('rejects %j as not a whole number', (raw) => {
    expect(parseMaxResults(raw)).toEqual({
      type: 'invalid',
      value: 8,
      problem: `max-results=${JSON.stringify(raw)} is not a whole number; use a number from 1 to 20. Showing 8.`,
    });
  });

  it.each([
    ['0', 1],
    ['500', 20],
  ])('clamps %j to %i and says so', (raw, value) => {
    expect(parseMaxResults(raw)).toMatchObject({ type: 'invalid', value, problem: expect.stringContaining('out of range') });
  });
});

describe('parseTarget', () => {
  it.each([
    ['_blank', '_blank'],
    ['_TOP', '_top'],
    ['faq-window', 'faq-window'],
  ])('%j → %j', (raw, value) => expect(parseTarget(raw)).toEqual({ type: 'ok', value }));

  it.each(['_new', 'two words'])('rejects %j', (raw) => expect(parseTarget(raw)).toMatchObject({ type: 'invalid', value: '_self' }));
});

describe('checkCategory', () => {
  it('accepts a known category id, and no category at all', () => {
    expect(checkCategory('refunds', categories)).toBeUndefined();
    expect(checkCategory(undefined, categories)).toBeUndefined();
  });

  it.each([
    ['a typo', 'refnds', 'refunds'],
    ['the title instead of the id', 'Common errors', 'common-errors'],
    ['a link to the category page', 'https://faq.example/c/reservations-and-captures/', 'reservations-and-captures'],
  ])('suggests the id for %s', (_case, category, suggestion) => {
    expect(checkCategory(category, categories)).toContain(`did you mean category="${suggestion}"?`);
  });

  it('lists the ids when nothing is close', () => {
    expect(checkCategory('billing', categories)).toBe(
      'category="billing" is not a category of this FAQ; Use one of: common-errors, refunds, reservations-and-captures. Searching every category.',
    );
  });
});
