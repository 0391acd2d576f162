import mongoose, { type Connection, type Model } from 'mongoose';
import { codeOf, fieldOf, messageOf } from './guards.ts';

/** Counts the commands a service sends to its database, by command name: round trips, made visible. */
export class CommandCounter {
  readonly #counts = new Map<string, number>();

  record(commandName: string): void {
    this.#counts.set(commandName, (this.#counts.get(commandName) ?? 0) + 1);
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.#counts].sort(([a], [b]) => a.localeCompare(b)));
  }
}

export interface Database {
  connection: Connection;
  commands: CommandCounter;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Every `find` asks for its whole result in the first batch (the server still caps a batch at
 * 16 MB). Without it a cursor's first batch is 101 documents and each further one is a `getMore`
 * round trip: a batch of 500 profiles cost identity six round trips instead of two. We always read
 * results whole (`lean().exec()`), so a small first batch never saves anything.
 */
const FIND_BATCH_SIZE = 100_000;

function wholeResultsInOneBatch(schema: mongoose.Schema): void {
  schema.pre(['find', 'findOne'], function () {
    if (this.getOptions().batchSize === undefined) this.batchSize(FIND_BATCH_SIZE);
  });
}

/** Connections used only to talk to the server, not data round trips a resolver caused. */
const HOUSEKEEPING = new Set(['hello', 'isMaster', 'ismaster', 'ping', 'endSessions', 'buildInfo', 'buildinfo']);

export async function connectDatabase({
  uri,
  dbName,
  appName,
  serverSelectionTimeoutMS = 10_000,
}: {
  uri: string;
  dbName: string;
  appName: string;
  serverSelectionTimeoutMS?: number;
}): Promise<Database> {
  const connection = mongoose.createConnection(uri, {
    dbName,
    appName,
    monitorCommands: true,
    serverSelectionTimeoutMS,
    // Indexes are created explicitly (and awaited) at start-up, see ensureIndexes.
    autoIndex: false,
    autoCreate: false,
  });
  connection.plugin(wholeResultsInOneBatch);
  const commands = new CommandCounter();
  connection.on('commandStarted', (event: { commandName: string }) => {
    if (!HOUSEKEEPING.has(event.commandName)) commands.record(event.commandName);
  });
  await connection.asPromise();
  const info = await connection.db!.admin().command({ buildInfo: 1 });
  servers.set(connection, 'ferretdbVersion' in info ? 'ferretdb' : 'mongodb');

  return {
    connection,
    commands,
    async ping() {
      try {
        await connection.db?.admin().command({ ping: 1 });
        return connection.readyState === 1;
      } catch {
        return false;
      }
    },
    async close() {
      await connection.close();
    },
  };
}

/** Which server a connection talks to, learnt once when it connects. */
const servers = new WeakMap<Connection, 'ferretdb' | 'mongodb'>();
export const isFerretDB = (connection: Connection) => servers.get(connection) === 'ferretdb';

/** A value looked up by equality: an id, a blind index, a bucket number. */
export type Key = string | number;

/** Equality lookups a batch read runs at once on FerretDB. */
export const EQUALITY_LOOKUPS_AT_ONCE = 8;

/**
 * Every document whose `field` is one of `keys`, as one batch read. MongoDB answers a `$in` from
 * the index in one round trip. FerretDB v1 never pushes `$in` down to its storage and reads the
 * whole collection for it (8 s for 50 ids among 100 000 profiles), but answers an equality from an
 * index (its GIN twin): there, one equality lookup per key, EQUALITY_LOOKUPS_AT_ONCE at a time
 * (275 ms for the same 50).
 */
export async function findByKeys<T>(
  model: Model<any>,
  field: string,
  keys: readonly Key[],
  { projection, sort }: { projection?: Record<string, 0 | 1>; sort?: Record<string, 1 | -1> } = {},
): Promise<T[]> {
  const query = (filter: Record<string, unknown>) => {
    const q = model.find(filter, projection);
    return (sort ? q.sort(sort) : q).lean<T[]>().exec();
  };
  return (await byKeys(model, field, keys, query)).flat();
}

/**
 * About how many documents `model`'s collection holds, from the server's statistics: cheap (no
 * scan) and not exact. On FerretDB the `$collStats` stage reads PostgreSQL's table statistics as
 * autovacuum last left them (SQLite counts its pages' cells); the `collStats` command would run
 * `ANALYZE` on every call, which took a second on a table of 3,000 profiles while it was being
 * written, so it is asked only when PostgreSQL has never analysed the table (a count of -1).
 */
export async function estimatedCount(model: Model<any>): Promise<number> {
  if (!isFerretDB(model.db)) return model.estimatedDocumentCount().exec();
  const [stats] = await model.collection
    .aggregate([{ $collStats: { count: {} } }])
    .toArray()
    .catch(missingIsEmpty);
  const count = Number(fieldOf(stats, 'count') ?? 0);
  if (count >= 0) return count;
  const analysed = await model.db.db!.command({ collStats: model.collection.collectionName });
  return Math.max(0, Number(analysed.count) || 0);
}

/** A collection nobody wrote to yet holds nothing (the server answers NamespaceNotFound, code 26). */
const missingIsEmpty = (error: unknown) => {
  if (codeOf(error) === 26) return [];
  throw error;
};

/**
 * Runs `each` for every key in batches of EQUALITY_LOOKUPS_AT_ONCE on FerretDB (an equality is
 * index-backed there, a `$in` reads the whole collection), or once with a `$in` on MongoDB.
 */
async function byKeys<R>(
  model: Model<any>,
  field: string,
  keys: readonly Key[],
  each: (filter: Record<string, unknown>) => Promise<R>,
): Promise<R[]> {
  const unique = [...new Set(keys)];
  if (!unique.length) return [];
  if (!isFerretDB(model.db) || unique.length === 1) return [await each({ [field]: unique.length === 1 ? unique[0] : { $in: unique } })];
  const results: R[] = [];
  for (let i = 0; i < unique.length; i += EQUALITY_LOOKUPS_AT_ONCE)
    results.push(...(await Promise.all(unique.slice(i, i + EQUALITY_LOOKUPS_AT_ONCE).map((key) => each({ [field]: key })))));
  return results;
}

/** How many documents whose `field` is one of `keys` (and match `where`) there are; index-backed on both servers. */
export async function countByKeys(model: Model<any>, field: string, keys: readonly Key[], where: Record<string, unknown> = {}) {
  const counts = await byKeys(model, field, keys, (filter) => model.countDocuments({ ...where, ...filter }).exec());
  return counts.reduce((sum, n) => sum + n, 0);
}

/** Updates every document whose `field` is one of `keys` (and matches `where`); returns how many were modified. */
export async function updateByKeys(
  model: Model<any>,
  field: string,
  keys: readonly Key[],
  update: Record<string, unknown>,
  where: Record<string, unknown> = {},
): Promise<number> {
  const results = await byKeys(model, field, keys, (filter) => model.updateMany({ ...where, ...filter }, update).exec());
  return results.reduce((sum, r) => sum + r.modifiedCount, 0);
}

/** Deletes every document whose `field` is one of `keys` (and matches `where`); returns how many went. */
export async function deleteByKeys(model: Model<any>, field: string, keys: readonly Key[], where: Record<string, unknown> = {}) {
  const results = await byKeys(model, field, keys, (filter) => model.deleteMany({ ...where, ...filter }).exec());
  return results.reduce((sum, r) => sum + r.deletedCount, 0);
}

/**
 * Creates every model's indexes before the service takes traffic, so a unique constraint is never
 * missing while the first writes arrive.
 */
export async function ensureIndexes(connection: Connection): Promise<void> {
  for (const model of Object.values(connection.models)) {
    await model.createCollection().catch((error: { codeName?: string; code?: number }) => {
      if (error.codeName !== 'NamespaceExists' && error.code !== 48) throw error;
    });
    await retryTransient(() => model.createIndexes());
  }
}

/**
 * FerretDB on PostgreSQL reports a deadlock or a lock timeout between two schema changes (its
 * own index creation and another's, such as the GIN twins our wrapper builds) as a plain error;
 * the change itself is idempotent and goes through when tried again.
 */
async function retryTransient<T>(work: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      const transient = /deadlock detected|SQLSTATE 40P01|SQLSTATE 55P03|lock timeout/i.test(messageOf(error));
      if (!transient || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
    }
  }
}

export const isDuplicateKeyError = (error: unknown): boolean => codeOf(error) === 11000;

/** An unordered insertMany whose only failures were documents already there (re-running it is harmless). */
export function onlyDuplicateKeys(error: unknown): boolean {
  const writeErrors = fieldOf(error, 'writeErrors');
  if (Array.isArray(writeErrors) && writeErrors.length) return writeErrors.every((w) => (codeOf(w) ?? codeOf(fieldOf(w, 'err'))) === 11000);
  return isDuplicateKeyError(error);
}

/**
 * Runs an upsert again when it lost a race to insert the same `_id` (two first writes for one
 * subject): the retry finds the document and updates it.
 */
export async function retryOnDuplicate<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    return write();
  }
}

/**
 * Inserts `doc` unless a document with its `_id` (or another unique key) is there: true when it
 * was written. The unique index decides, so two writers racing for one key cannot both win.
 */
export async function insertNew<T>(model: Model<T>, doc: T): Promise<boolean> {
  try {
    await model.create(doc);
    return true;
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
}

/** Inserts every document not there yet (unordered): storing the same batch twice stores it once. */
export async function insertManyNew<T>(model: Model<T>, docs: readonly T[]): Promise<void> {
  if (!docs.length) return;
  try {
    await model.insertMany([...docs], { ordered: false });
  } catch (error) {
    if (!onlyDuplicateKeys(error)) throw error;
  }
}

/** Some fields of the document with this `_id` (`_id` always), or null. */
export const fieldsOf = <T, K extends keyof T>(model: Model<T>, id: string, fields: readonly K[]) =>
  model
    .findById(id, Object.fromEntries(fields.map((f) => [f, 1])))
    .lean<Pick<T, K> & { _id: string }>()
    .exec();
