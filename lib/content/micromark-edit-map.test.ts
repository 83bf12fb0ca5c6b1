import { EditMap } from 'micromark-util-edit-map';
import type { Event } from 'micromark-util-types';
import { describe, expect, it } from 'vitest';

/**
 * micromark closes every list item and block quote through `EditMap.consume`.
 * As published (1.0.0) it rewrote the whole event list each time, so parsing
 * grew with the square of the document: 500 KiB of list items took 32 s.
 * `patches/micromark-util-edit-map+1.0.0.patch` (applied by `npm install`)
 * keeps the events before the first edit where they are.
 */
describe('micromark-util-edit-map, as patched', () => {
  const events = (n: number) => Array.from({ length: n }, (_, i) => ['enter', { type: `t${i}` }, {}] as unknown as Event);

  it('leaves the events before the first edit untouched', () => {
    const list = events(1000);
    const writes: number[] = [];
    const watched = new Proxy(list, {
      set(target, key, value) {
        if (typeof key === 'string' && /^\d+$/.test(key)) writes.push(Number(key));
        return Reflect.set(target, key, value);
      },
    });
    const map = new EditMap();
    map.add(990, 2, events(3));
    map.consume(watched);
    expect(writes.length).toBeGreaterThan(0);
    expect(Math.min(...writes)).toBe(990);
  });

  it('still applies every edit in order', () => {
    const list = events(10);
    const names = (l: Event[]) => l.map((e) => e[1].type);
    const map = new EditMap();
    map.add(8, 1, [['exit', { type: 'late' }, {}] as unknown as Event]);
    map.add(2, 0, [['enter', { type: 'early' }, {}] as unknown as Event]);
    map.add(5, 2, []);
    map.consume(list);
    expect(names(list)).toEqual(['t0', 't1', 'early', 't2', 't3', 't4', 't7', 'late', 't9']);
  });
});
