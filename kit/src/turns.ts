import type { Connection } from 'mongoose';
import { documentLocks } from './locks.ts';

/**
 * A periodic worker that runs in every replica and takes turns: each tick, whichever replica
 * takes the lease `worker:<name>` in the subgraph's database runs `turn`; the others skip that
 * tick. A replica that dies during its turn holds the lease until it ends (15 s), then another
 * takes it over. Ticks never overlap within a process.
 */
export function takingTurns({
  connection,
  name,
  intervalMs,
  turn,
  onError,
}: {
  connection: Connection;
  name: string;
  intervalMs: number;
  turn: () => Promise<unknown>;
  /** A turn that failed: it is tried again at the next tick. */
  onError: (error: unknown) => void;
}) {
  const lease = documentLocks(connection, 'worker');
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> | undefined;

  /** One tick: runs a turn if this replica gets it and none of its own is running. */
  const tick = (): Promise<void> =>
    (inFlight ??= lease
      .tryRun(name, turn)
      .then(() => undefined, onError)
      .finally(() => {
        inFlight = undefined;
      }));

  return {
    tick,
    /** Ticks every `intervalMs`, the first time at once unless `immediately` is false. */
    start({ immediately = true }: { immediately?: boolean } = {}) {
      if (immediately) void tick();
      timer = setInterval(() => void tick(), intervalMs);
      timer.unref();
    },
    /** Stops ticking and waits for the turn in flight (so its lease is given back before the database closes). */
    async stop() {
      clearInterval(timer);
      await inFlight;
    },
  };
}
