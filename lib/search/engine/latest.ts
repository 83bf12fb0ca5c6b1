/**
 * "The latest search wins": every search box starts a search per keystroke, and a slow reply (one that
 * fetched shards) may arrive after a newer one. `run` hands a reply on only while its search is the
 * latest; `cancel` drops whatever is still on its way (an unmounted component, a cleared box).
 */
export interface Latest {
  /** Starts `search`; `then` gets its reply and `failed` its error, unless a newer search was started or `cancel` was called since. */
  run<T>(search: () => Promise<T>, then: (reply: T) => void, failed?: (error: unknown) => void): void;
  cancel(): void;
}

export function createLatest(): Latest {
  let current = 0;
  return {
    run(search, then, failed) {
      const mine = ++current;
      let started: Promise<Parameters<typeof then>[0]>;
      try {
        started = search();
      } catch (error) {
        started = Promise.reject(error);
      }
      started.then(
        (reply) => {
          if (mine === current) then(reply);
        },
        (error: unknown) => {
          if (mine === current) failed?.(error);
        },
      );
    },
    cancel() {
      current++;
    },
  };
}
