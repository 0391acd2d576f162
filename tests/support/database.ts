import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, inject } from 'vitest';
import type { Connection } from 'mongoose';
import { connectDatabase, isFerretDB, type CommandCounter, type Database } from '#kit/mongo.ts';

/**
 * Drops a database, once more if PostgreSQL reports `tuple concurrently updated`: the embedded
 * FerretDB builds GIN twins (scripts/ferretdb/twins.go) beside the indexes of collections a test
 * has just made, and a `DROP SCHEMA … CASCADE` that meets such a build in PostgreSQL's catalogue
 * fails once; the next attempt finds the index built (or its build given up) and drops it.
 */
export async function dropDatabase(db: { dropDatabase(): Promise<unknown> }): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await db.dropDatabase();
      return;
    } catch (error) {
      if (attempt >= 5 || !/tuple concurrently updated/.test((error as Error).message)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

/** A fresh, uniquely named database on the run's test server; `drop()` removes it. */
export async function testDatabase(label: string): Promise<Database & { drop(): Promise<void> }> {
  const database = await connectDatabase({
    uri: inject('mongoUri'),
    dbName: `test_${label}_${randomBytes(4).toString('hex')}`,
    appName: `living-profile-test-${label}`,
  });
  return {
    ...database,
    async drop() {
      await dropDatabase(database.connection);
      await database.close();
    },
  };
}

/**
 * A fresh database seen through two connections, as two replicas of a subgraph would see it, set
 * up before the file's tests and dropped after them.
 */
export function useReplicaPair(label: string): { db: Database; other: Database } {
  const pair = {} as { db: Database; other: Database };
  let fresh: Awaited<ReturnType<typeof testDatabase>> | undefined;
  beforeAll(async () => {
    fresh = await testDatabase(label);
    pair.db = fresh;
    pair.other = await connectDatabase({
      uri: inject('mongoUri'),
      dbName: fresh.connection.name,
      appName: `living-profile-test-${label}-2`,
    });
  });
  afterAll(async () => {
    await pair.other?.close();
    await fresh?.drop();
  });
  return pair;
}

export const uniquePrefix = (label: string) => `test_${label}_${randomBytes(4).toString('hex')}`;

/**
 * The find commands one batch read of `keys` distinct keys costs on this server (kit/mongo.ts
 * findByKeys): one `$in` on MongoDB; one equality lookup per key on FerretDB, which reads the
 * whole collection for a `$in` but uses an index for an equality.
 */
export const batchReadCost = (database: Pick<Database, 'connection'> | Connection, keys: number): number =>
  isFerretDB('connection' in database ? database.connection : database) && keys > 1 ? keys : Math.min(keys, 1);

/** Whether the run's database (`mongoUri`) is FerretDB, for tests that count round trips through a whole stack. */
export async function runOnFerretDB(): Promise<boolean> {
  const database = await connectDatabase({ uri: inject('mongoUri'), dbName: 'admin', appName: 'living-profile-test-probe' });
  try {
    return isFerretDB(database.connection);
  } finally {
    await database.close();
  }
}

/** Database commands (by name) a connection's counter saw while `work` ran. */
export async function commandsDuring(commands: CommandCounter, work: () => Promise<unknown>): Promise<Record<string, number>> {
  const before = commands.snapshot();
  await work();
  const after = commands.snapshot();
  return Object.fromEntries(
    Object.entries(after)
      .map(([name, count]) => [name, count - (before[name] ?? 0)] as const)
      .filter(([, delta]) => delta > 0),
  );
}
