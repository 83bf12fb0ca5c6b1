import { describe, expect, it } from 'vitest';
import { createLatest } from './latest';

/** A search whose reply arrives when the test says. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

const settle = () => new Promise((done) => setTimeout(done, 0));

describe('createLatest', () => {
  it('hands on only the newest search\'s reply, even when an older one arrives last', async () => {
    const latest = createLatest();
    const shown: string[] = [];
    const slow = deferred<string>();
    const fast = deferred<string>();
    latest.run(() => slow.promise, (reply) => shown.push(reply));
    latest.run(() => fast.promise, (reply) => shown.push(reply));
    fast.resolve('results for "refund"');
    slow.resolve('results for "ref"');
    await settle();
    expect(shown).toEqual(['results for "refund"']);
  });

  it('drops a reply and an error after cancel', async () => {
    const latest = createLatest();
    const seen: unknown[] = [];
    const one = deferred<string>();
    const two = deferred<string>();
    latest.run(() => one.promise, (reply) => seen.push(reply), (error) => seen.push(error));
    latest.cancel();
    one.resolve('late');
    latest.run(() => two.promise, (reply) => seen.push(reply), (error) => seen.push(error));
    latest.cancel();
    two.reject(new Error('offline'));
    await settle();
    expect(seen).toEqual([]);
  });

  it('reports the error of the latest search, also one thrown before it returns a promise', async () => {
    const latest = createLatest();
    const errors: string[] = [];
    latest.run(
      () => {
        throw new Error('index not loaded');
      },
      () => undefined,
      (error) => errors.push((error as Error).message),
    );
    await settle();
    expect(errors).toEqual(['index not loaded']);
  });
});
