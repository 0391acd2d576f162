import { inject } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../tests/support/database.ts';
import { connectDatabase, type Database } from './mongo.ts';
import { documentLocks, LOCKS_COLLECTION, ticketOf } from './locks.ts';

interface Counter {
  _id: string;
  n: number;
  seen: number[];
}

let db: Awaited<ReturnType<typeof testDatabase>>;
/** A second connection to the same database: another replica, as far as the server can tell. */
let other: Database;

const counters = (database: Database) => database.connection.collection<Counter>('counters');
const lockDocs = () => db.connection.collection<{ _id: string; [field: string]: unknown }>(LOCKS_COLLECTION);

/** A read-modify-write that FerretDB v1 loses under concurrency when nothing serializes it. */
async function increment(database: Database, id: string, value: number): Promise<void> {
  const current = await counters(database).findOne({ _id: id });
  await counters(database).replaceOne({ _id: id }, { n: (current?.n ?? 0) + 1, seen: [...(current?.seen ?? []), value] }, { upsert: true });
}

beforeAll(async () => {
  db = await testDatabase('locks');
  other = await connectDatabase({ uri: inject('mongoUri'), dbName: db.connection.name, appName: 'living-profile-test-locks-2' });
});

afterAll(async () => {
  await other?.close();
  await db?.drop();
});

describe('document locks', () => {
  it('keep every read-modify-write of 200 concurrent ones, from two replicas', async () => {
    const replicas = [documentLocks(db.connection, 'counter'), documentLocks(other.connection, 'counter')];
    const databases = [db, other];
    await Promise.all(Array.from({ length: 200 }, (_, i) => replicas[i % 2]!.run('c1', () => increment(databases[i % 2]!, 'c1', i))));
    const doc = await counters(db).findOne({ _id: 'c1' });
    expect(doc?.n).toBe(200);
    expect(new Set(doc?.seen).size).toBe(200);
    expect(await lockDocs().countDocuments({})).toBe(0);
  }, 60_000);

  it('take over the lock of a holder that died, once its lease is over', async () => {
    await lockDocs().insertOne({
      _id: 'counter:dead',
      token: 'gone',
      owner: 'elsewhere:1',
      takenAt: new Date(0),
      expiresAt: new Date(Date.now() - 1),
    });
    const locks = documentLocks(db.connection, 'counter');
    await Promise.all(Array.from({ length: 20 }, (_, i) => locks.run('dead', () => increment(db, 'dead', i))));
    expect((await counters(db).findOne({ _id: 'dead' }))?.n).toBe(20);
    expect(await lockDocs().countDocuments({})).toBe(0);
  });

  it('take over a stale lock whose remover died holding its release ticket, and leave no ticket behind', async () => {
    const ended = { owner: 'elsewhere:1', takenAt: new Date(0), expiresAt: new Date(Date.now() - 1) };
    await lockDocs().insertMany([
      { _id: 'counter:wedged', token: 'old', ...ended },
      { _id: ticketOf('old'), token: 't1', ...ended },
    ]);
    const locks = documentLocks(db.connection, 'counter');
    expect(await locks.tryRun('wedged', async () => 'ran')).toEqual({ value: 'ran' });
    expect(await lockDocs().countDocuments({})).toBe(0);
  });

  it('give up a turn at once while someone else removes a stale lock, instead of spinning', async () => {
    const ended = { owner: 'elsewhere:1', takenAt: new Date(0), expiresAt: new Date(Date.now() - 1) };
    await lockDocs().insertMany([
      { _id: 'counter:removing', token: 'old', ...ended },
      // A remover still at work: its ticket's lease runs.
      { _id: ticketOf('old'), token: 't1', owner: 'elsewhere:2', takenAt: new Date(), expiresAt: new Date(Date.now() + 60_000) },
    ]);
    const locks = documentLocks(db.connection, 'counter');
    expect(await locks.tryRun('removing', async () => 'ran')).toBeUndefined();
    expect(await lockDocs().countDocuments({ _id: 'counter:removing' })).toBe(1);
    await lockDocs().deleteMany({});
  });

  it('let several replicas race for a stale lock and still run one holder at a time', async () => {
    await lockDocs().insertOne({
      _id: 'counter:race',
      token: 'stale',
      owner: 'elsewhere:1',
      takenAt: new Date(0),
      expiresAt: new Date(Date.now() - 1),
    });
    const replicas = Array.from({ length: 6 }, (_, i) => documentLocks(i % 2 ? other.connection : db.connection, 'counter'));
    let inside = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        replicas[i % replicas.length]!.run('race', async () => {
          inside += 1;
          most = Math.max(most, inside);
          await increment(i % 2 ? other : db, 'race', i);
          inside -= 1;
        }),
      ),
    );
    expect(most).toBe(1);
    expect((await counters(db).findOne({ _id: 'race' }))?.n).toBe(60);
  }, 60_000);

  it('wait for a live holder, then answer CONFLICT when it holds on too long', async () => {
    const holder = documentLocks(db.connection, 'counter');
    const waiter = documentLocks(other.connection, 'counter', { waitMs: 300 });
    let release!: () => void;
    const held = holder.run('busy', () => new Promise<void>((resolve) => (release = resolve)));
    await expect.poll(() => lockDocs().countDocuments({ _id: 'counter:busy' })).toBe(1);
    await expect(waiter.run('busy', async () => 'ran')).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(await waiter.tryRun('busy', async () => 'ran')).toBeUndefined();
    release();
    await held;
    expect(await waiter.tryRun('busy', async () => 'ran')).toEqual({ value: 'ran' });
  });

  it('renew a lease while the task runs, so nobody takes it over meanwhile', async () => {
    const options = { leaseMs: 600, marginMs: 200 };
    const slow = documentLocks(db.connection, 'counter', options);
    const fast = documentLocks(other.connection, 'counter', options);
    let release!: () => void;
    const held = slow.run('long', () => new Promise<void>((resolve) => (release = resolve)));
    await expect.poll(() => lockDocs().countDocuments({ _id: 'counter:long' })).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // two and a half leases
    expect(await fast.tryRun('long', async () => 'ran')).toBeUndefined();
    release();
    await held;
    expect(await fast.tryRun('long', async () => 'ran')).toEqual({ value: 'ran' });
    expect(await lockDocs().countDocuments({})).toBe(0);
  });

  it('hand a held lease to the next caller queued in the same process, without a round trip', async () => {
    const locks = documentLocks(db.connection, 'counter');
    const before = db.commands.snapshot();
    let inside = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 10 }, () =>
        locks.run('local', async () => {
          inside += 1;
          most = Math.max(most, inside);
          await new Promise((resolve) => setTimeout(resolve, 5));
          inside -= 1;
        }),
      ),
    );
    const after = db.commands.snapshot();
    expect(most).toBe(1);
    // One lock document for all ten, taken once and given back once.
    expect((after.insert ?? 0) - (before.insert ?? 0)).toBe(1);
    expect((after.delete ?? 0) - (before.delete ?? 0)).toBe(1);
    expect(await lockDocs().countDocuments({})).toBe(0);
  });

  it('hold keys of one runAll in sorted order, so two callers in opposite order do not deadlock', async () => {
    const a = documentLocks(db.connection, 'counter');
    const b = documentLocks(other.connection, 'counter');
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? a : b).runAll(i % 2 ? ['x', 'y'] : ['y', 'x'], async () => {
          await increment(db, 'x', i);
          await increment(db, 'y', i);
        }),
      ),
    );
    expect((await counters(db).findOne({ _id: 'x' }))?.n).toBe(20);
    expect((await counters(db).findOne({ _id: 'y' }))?.n).toBe(20);
  });
});
