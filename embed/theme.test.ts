import { describe, expect, it } from 'vitest';
import { hostScheme, type SchemeSignals } from './theme';

const root = (signals: Partial<SchemeSignals>): SchemeSignals => ({ dataTheme: null, classes: [], colorScheme: 'normal', ...signals });

describe('the host page’s colour scheme, for theme="auto"', () => {
  it.each([
    ['Docusaurus light', [root({ dataTheme: 'light', colorScheme: 'light' })], 'light'],
    ['Docusaurus dark', [root({ dataTheme: 'dark', colorScheme: 'dark' })], 'dark'],
    ['Nextra dark (a class and color-scheme)', [root({ classes: ['dark'], colorScheme: 'dark' })], 'dark'],
    ['a light class on the body', [root({}), root({ classes: ['theme-light'] })], 'light'],
    ['color-scheme: light only', [root({ colorScheme: 'light' })], 'light'],
    ['color-scheme: only dark', [root({ colorScheme: 'only dark' })], 'dark'],
    ['an attribute before a color-scheme that says otherwise', [root({ dataTheme: 'light', colorScheme: 'dark' })], 'light'],
  ] as const)('%s → %s', (_, elements, scheme) => {
    expect(hostScheme(elements)).toBe(scheme);
  });

  it.each([
    ['says nothing', [root({})]],
    ['follows the system itself (color-scheme: light dark)', [root({ colorScheme: 'light dark' })]],
    ['names a theme that is no scheme', [root({ dataTheme: 'ocean', classes: ['darkish'] })]],
  ] as const)('is left to the reader’s system when the page %s', (_, elements) => {
    expect(hostScheme(elements)).toBeUndefined();
  });
});
