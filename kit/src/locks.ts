import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Connection } from 'mongoose';
import { conflict } from './errors.ts';
import { KeyedMutex } from './keyedMutex.ts';
import { createLogger } from './log.ts';
import { isDuplicateKeyError } from './mongo.ts';

/**
 * Locks that hold across every replica of a subgraph: one lock document per key in the
 * subgraph's own database, taken by inserting it and given back by deleting it.
 *
 * Why this primitive: FerretDB v1 applies an update by reading the document in Go and writing
 * the whole document back, so two concurrent read-modify-writes of one document lose one (even a
 * conditional `findOneAndUpdate({_id, version})`: 90 reported successes, 30 applied), and it has
 * no transactions. The one thing it enforces inside the engine is the unique `_id` index on
 * insert, so `insertOne({_id: 'lock:<key>'})` succeeds for exactly one caller (200 of 200
 * concurrent increments kept under it, on FerretDB and on MongoDB).
 *
 * A lock is a lease: it expires `leaseMs` after it was taken unless its holder renews it (every
 * third of the lease while the task runs), so a process that dies holding one (kill -9) delays
 * the key's next writer by at most one lease, never forever.
 *
 * FerretDB also deletes by `_id` only (it reads the matching document, then `DELETE … WHERE _id`),
 * so "delete the lock if it is still the stale one" could delete a newer holder's lock. Hence:
 * - the holder deletes its own lock directly only while its lease has `marginMs` to run: nobody
 *   else may touch a lease before it expires, so the document is still the holder's;
 * - a lock past its lease (a dead holder, or a holder that overran) is removed only by whoever
 *   first inserts the release ticket `release:<token>` for that lock's unique token, after checking
 *   the lock still carries that token; only a ticket holder deletes that lock, so it cannot be
 *   replaced between the check and the delete.
 * Assumed: clocks of the replicas agree within `marginMs` (NTP), and a task never runs past its
 * lease without renewing (renewal stops, and the lock is reported lost, once the margin is gone).
 *
 * Within one process, callers of a key queue in a `KeyedMutex` first, so only one of them at a time
 * contends in the database, in arrival order.
 */
export interface Locks {
  /** Runs `task` holding `key` in every replica. */
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
  /** Runs `task` holding every key, taken in sorted order so that two callers never deadlock. */
  runAll<T>(keys: readonly string[], task: () => Promise<T>): Promise<T>;
  /** Runs `task` if `key` is free right now; `undefined` when another holder has it (a worker's turn). */
  tryRun<T>(key: string, task: () => Promise<T>): Promise<{ value: T } | undefined>;
}

export interface LockOptions {
  /** How long a lock holds without renewal. */
  leaseMs?: number;
  /** A lease is treated as gone this long before it ends (clock skew between replicas, slow round trips). */
  marginMs?: number;
  /** How long `run` waits for a busy key before it answers CONFLICT. */
  waitMs?: number;
}

interface LockDoc {
  _id: string;
  token: string;
  owner: string;
  takenAt: Date;
  expiresAt: Date;
}

interface Lease {
  id: string;
  token: string;
  expiresAt: number;
}

export const LOCKS_COLLECTION = 'locks';

const OWNER = `${hostname()}:${process.pid}`;

const log = createLogger('locks');

/** Callers queued in one process that take a held lease over before it is given back. */
const HANDOFFS = 16;
/** How long the next local caller waits after a lease was given back to let other replicas in (above a poll's wait). */
const YIELD_MS = 60;
/** Longest wait between two tries of a busy key. */
const MAX_POLL_MS = 40;
/** How often a waiter reads whether the holder's lease has ended. */
const EXPIRY_CHECK_MS = 500;
/** Release tickets tried for one stale lock (each generation needs its remover to have died). */
const MAX_TICKETS = 8;

/** The release ticket of a lock's token, by generation: `release:<token>`, `release:<token>:2`, … */
export const ticketOf = (token: string, generation = 1) => (generation === 1 ? `release:${token}` : `release:${token}:${generation}`);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Locks named `<namespace>:<key>` in the `locks` collection of `connection`'s database. */
export function documentLocks(
  connection: Connection,
  namespace: string,
  { leaseMs = 15_000, marginMs = 5_000, waitMs = 8_000 }: LockOptions = {},
): Locks {
  if (marginMs * 2 >= leaseMs) throw new Error(`a lock's margin (${marginMs} ms) must be under half its lease (${leaseMs} ms)`);
  const locks = connection.collection<LockDoc>(LOCKS_COLLECTION);
  const local = new KeyedMutex();
  const idOf = (key: string) => `${namespace}:${key}`;

  /** Inserts the lock document `id`; `undefined` when it exists already (someone else holds it). */
  async function insertOnce(id: string): Promise<Lease | undefined> {
    const token = randomUUID();
    const takenAt = Date.now();
    try {
      await locks.insertOne({ _id: id, token, owner: OWNER, takenAt: new Date(takenAt), expiresAt: new Date(takenAt + leaseMs) });
      return { id, token, expiresAt: takenAt + leaseMs };
    } catch (error) {
      if (isDuplicateKeyError(error)) return undefined;
      throw error;
    }
  }

  /**
   * Removes the lock `{id, token}` if it still carries that token; only the holder of its release
   * ticket may. A ticket is a lock too: one whose remover died holding it is passed over after its
   * lease for the next generation's ticket (`release:<token>:2`, …), so a crash there cannot wedge
   * the key.
   */
  async function removeByTicket(id: string, token: string): Promise<void> {
    for (let generation = 1; generation <= MAX_TICKETS; generation += 1) {
      const ticketId = ticketOf(token, generation);
      const ticket = await insertOnce(ticketId);
      if (!ticket) {
        const other = await locks.findOne({ _id: ticketId }, { projection: { expiresAt: 1 } });
        if (!other) return; // its remover is done
        if (other.expiresAt.getTime() > Date.now()) return; // someone else is removing it
        continue;
      }
      try {
        const current = await locks.findOne({ _id: id }, { projection: { token: 1 } });
        if (current?.token === token) await locks.deleteOne({ _id: id, token });
      } finally {
        // This generation's ticket, and the earlier ones whose removers died: nobody uses them again.
        for (let passed = generation; passed >= 1; passed -= 1) await locks.deleteOne({ _id: ticketOf(token, passed) });
      }
      return;
    }
    log.error('a stale lock could not be removed: every release ticket is taken', { lock: id });
  }

  /** Takes `id`, or gives up: `deadline` undefined means one try (and one takeover of an ended lease). */
  async function acquire(id: string, deadline?: number): Promise<Lease | undefined> {
    let wait = 2;
    let checkedAt = 0;
    let takeovers = 0;
    for (;;) {
      const lease = await insertOnce(id);
      if (lease) return lease;
      if (deadline === undefined && takeovers > 0) return undefined;
      // A busy key is tried again by inserting; whether its holder's lease ended is read only now
      // and then (each poll costs the database a round trip, and most holders are done in ms).
      if (deadline !== undefined && checkedAt && Date.now() - checkedAt < EXPIRY_CHECK_MS) {
        if (Date.now() >= deadline) return undefined;
        await pause(wait + Math.random() * wait);
        wait = Math.min(wait * 2, MAX_POLL_MS);
        continue;
      }
      checkedAt = Date.now();
      const holder = await locks.findOne({ _id: id }, { projection: { token: 1, owner: 1, expiresAt: 1 } });
      if (holder && holder.expiresAt.getTime() <= Date.now()) {
        log.info('taking over a lock whose lease ended', { lock: id, owner: holder.owner, expiredAt: holder.expiresAt.toISOString() });
        takeovers += 1;
        await removeByTicket(id, holder.token);
        continue;
      }
      if (holder && deadline === undefined) return undefined;
      if (deadline !== undefined && Date.now() >= deadline) return undefined;
      if (holder) {
        await pause(wait + Math.random() * wait);
        wait = Math.min(wait * 2, MAX_POLL_MS);
      }
    }
  }

  async function release(lease: Lease): Promise<void> {
    if (Date.now() < lease.expiresAt - marginMs) await locks.deleteOne({ _id: lease.id, token: lease.token });
    else await removeByTicket(lease.id, lease.token);
  }

  /** A lease being held: renewed every third of the lease until it is given back. */
  function hold(lease: Lease) {
    let lost = false;
    let renewing: Promise<unknown> = Promise.resolve();
    const timer = setInterval(() => {
      renewing = renewing.then(async () => {
        if (lost) return;
        if (Date.now() >= lease.expiresAt - marginMs) {
          lost = true;
          log.warn('a lock ran past its lease before it could be renewed', { lock: lease.id, leaseMs });
          return;
        }
        const expiresAt = Date.now() + leaseMs;
        const { matchedCount } = await locks.updateOne({ _id: lease.id, token: lease.token }, { $set: { expiresAt: new Date(expiresAt) } });
        if (matchedCount === 1) lease.expiresAt = expiresAt;
      });
    }, leaseMs / 3);
    timer.unref();
    return {
      lease,
      handoffs: 0,
      /** Whether the lease still has its margin to run (a task may start under it). */
      fresh: () => !lost && Date.now() < lease.expiresAt - marginMs,
      async giveBack() {
        clearInterval(timer);
        await renewing.catch(() => undefined);
        await release(lease);
      },
    };
  }

  /** Leases this process holds while callers of the key queue here: handed from one to the next. */
  const held = new Map<string, ReturnType<typeof hold>>();

  const run = <T>(key: string, task: () => Promise<T>): Promise<T> =>
    local.run(key, async () => {
      let current = held.get(key);
      if (current && !current.fresh()) {
        held.delete(key);
        await current.giveBack();
        current = undefined;
      }
      if (!current) {
        const lease = await acquire(idOf(key), Date.now() + waitMs);
        if (!lease) throw conflict('This record is being changed by another request right now; try again.');
        current = hold(lease);
        held.set(key, current);
      }
      try {
        return await task();
      } finally {
        current.handoffs += 1;
        // The next caller queued here takes the lease over without a round trip, up to a bound:
        // then it is given back, and the next local caller waits a moment so that a replica
        // polling for the key gets its turn.
        const keep = local.waiting(key) && current.handoffs < HANDOFFS && current.fresh();
        if (!keep) {
          held.delete(key);
          await current.giveBack();
          if (local.waiting(key)) await pause(YIELD_MS);
        }
      }
    });

  return {
    run,
    runAll<T>(keys: readonly string[], task: () => Promise<T>): Promise<T> {
      return [...new Set(keys)].sort().reduceRight<() => Promise<T>>((inner, key) => () => run(key, inner), task)();
    },
    async tryRun<T>(key: string, task: () => Promise<T>): Promise<{ value: T } | undefined> {
      const lease = await acquire(idOf(key));
      if (!lease) return undefined;
      const current = hold(lease);
      try {
        return { value: await task() };
      } finally {
        await current.giveBack();
      }
    },
  };
}
