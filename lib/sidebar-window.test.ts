import { expect, it } from 'vitest';
import { sidebarWindow } from './sidebar-window';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `q${i + 1}`);

it('lists a short category whole', () => {
  expect(sidebarWindow(ids(12), 'q5')).toEqual({ shown: ids(12), before: 0, after: 0 });
});

it.each([
  ['q1', 'q1', 'q15', 0, 185],
  ['q100', 'q96', 'q110', 95, 90],
  ['q200', 'q186', 'q200', 185, 0],
  ['not-in-it', 'q1', 'q15', 0, 185],
])('lists a category of 200 around %s: %s to %s, %i before and %i after', (current, first, last, before, after) => {
  const window = sidebarWindow(ids(200), current);
  expect(window.shown).toHaveLength(15);
  expect([window.shown[0], window.shown.at(-1), window.before, window.after]).toEqual([first, last, before, after]);
  if (current.startsWith('q')) expect(window.shown).toContain(current);
});
