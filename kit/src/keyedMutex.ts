/**
 * Runs tasks one at a time per key, in arrival order, within this process.
 *
 * Not a guard between processes: that is `documentLocks` (locks.ts), which queues a process's own
 * callers of a key here first, so that only one of them at a time contends in the database and
 * the lease a caller holds can pass to the next one without a round trip.
 */
export class KeyedMutex {
  readonly #tails = new Map<string, Promise<void>>();
  readonly #queued = new Map<string, number>();

  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    this.#queued.set(key, (this.#queued.get(key) ?? 0) + 1);
    let release!: () => void;
    const done = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => done);
    this.#tails.set(key, tail);
    await previous;
    try {
      return await task();
    } finally {
      const left = this.#queued.get(key)! - 1;
      if (left) this.#queued.set(key, left);
      else this.#queued.delete(key);
      release();
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    }
  }

  /** Whether a task of `key` waits behind the one running (asked from inside a task). */
  waiting(key: string): boolean {
    return (this.#queued.get(key) ?? 0) > 1;
  }

  /** Runs `task` holding every key, taken in sorted order so that two callers never deadlock. */
  runAll<T>(keys: readonly string[], task: () => Promise<T>): Promise<T> {
    return [...new Set(keys)].sort().reduceRight<() => Promise<T>>((inner, key) => () => this.run(key, inner), task)();
  }

  /** Keys with a task running or waiting (for tests and metrics). */
  get size(): number {
    return this.#tails.size;
  }
}
