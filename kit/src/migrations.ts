import type { Connection } from 'mongoose';
import { documentLocks } from './locks.ts';
import { isDuplicateKeyError } from './mongo.ts';

/**
 * Runs an upgrade step once per database: in whichever replica gets to it first (under the lease
 * `migration:<name>`), recorded in the `migrations` collection when it is done. A replica that
 * finds it running elsewhere carries on without it; a step cut off part-way runs again at the next
 * start, so each step must be safe to repeat.
 */
export async function runOnce(connection: Connection, name: string, step: () => Promise<void>): Promise<'done' | 'ran' | 'elsewhere'> {
  const done = connection.collection<{ _id: string; at: Date }>('migrations');
  if (await done.findOne({ _id: name })) return 'done';
  const turn = await documentLocks(connection, 'migration').tryRun(name, async () => {
    if (await done.findOne({ _id: name })) return;
    await step();
    await done.insertOne({ _id: name, at: new Date() }).catch((error: unknown) => {
      if (!isDuplicateKeyError(error)) throw error;
    });
  });
  return turn ? 'ran' : 'elsewhere';
}

/** Whether the step `name` has run to the end on this database (by any process). */
export async function hasRun(connection: Connection, name: string): Promise<boolean> {
  return Boolean(await connection.collection<{ _id: string }>('migrations').findOne({ _id: name }, { projection: { _id: 1 } }));
}
