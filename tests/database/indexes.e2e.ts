// The database serves equality lookups from an index, asked of the server itself through
// `explain` over the wire: on the embedded FerretDB/PostgreSQL, through the GIN twin our FerretDB
// wrapper adds beside each index FerretDB makes (scripts/ferretdb/twins.go); on MongoDB, its own.
import { randomBytes } from 'node:crypto';
import { MongoClient, type Db } from 'mongodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dropDatabase } from '../support/database.ts';

let client: MongoClient;
let db: Db;

beforeAll(async () => {
  client = await MongoClient.connect(inject('mongoUri'));
  db = client.db(`indexes_${randomBytes(4).toString('hex')}`);
});
afterAll(async () => {
  if (db) await dropDatabase(db);
  await client?.close();
});

/** The plan's node types (PostgreSQL through FerretDB) or stages (MongoDB), outermost first. */
async function planOf(collection: string, filter: Record<string, unknown>): Promise<string[]> {
  const explained = (await db.command({ explain: { find: collection, filter }, verbosity: 'queryPlanner' })) as Record<string, any>;
  const found: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (typeof record['Node Type'] === 'string') found.push(record['Node Type']);
    if (typeof record.stage === 'string') found.push(record.stage);
    Object.values(record).forEach(walk);
  };
  walk(explained.queryPlanner?.Plan ?? explained.queryPlanner?.winningPlan ?? explained.queryPlanner);
  return found;
}

/** Indexes appear beside FerretDB's within a few seconds of its own; wait for the plan to use one. */
async function indexedPlan(collection: string, filter: Record<string, unknown>, timeoutMs = 15_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let plan = await planOf(collection, filter);
  while (plan.some((n) => /Seq Scan|COLLSCAN/.test(n)) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    plan = await planOf(collection, filter);
  }
  return plan;
}

// The SQLite fallback (EMBEDDED_DATABASE=sqlite) has no such indexes: it is for small trials only.
describe.skipIf(process.env.EMBEDDED_DATABASE === 'sqlite' && !process.env.MONGODB_URI)('equality lookups use an index', () => {
  it('by _id, by an indexed field, and by a value inside an indexed array', async () => {
    const profiles = db.collection<{ _id: string; email: string; contactIndex: string[]; note: string }>('profiles');
    await profiles.createIndex({ email: 1 });
    await profiles.createIndex({ contactIndex: 1 });
    await profiles.insertMany(
      Array.from({ length: 2000 }, (_, i) => ({
        _id: `p-${i}`,
        email: `c${i}@example.com`,
        contactIndex: [`e:${i}`, `p:${i}`],
        note: 'x'.repeat(200),
      })),
    );
    for (const filter of [{ _id: 'p-1234' }, { email: 'c1234@example.com' }, { contactIndex: 'p:1234' }]) {
      const plan = await indexedPlan('profiles', filter);
      expect(plan, JSON.stringify(filter)).not.toContainEqual(expect.stringMatching(/Seq Scan|COLLSCAN/));
      expect(plan.join(), JSON.stringify(filter)).toMatch(/Index Scan|IXSCAN|IDHACK|EXPRESS/);
    }
    // The answers are the right ones, through the index.
    expect(await profiles.findOne({ contactIndex: 'p:1234' })).toMatchObject({ _id: 'p-1234' });
    expect(await profiles.countDocuments({ email: 'c1999@example.com' })).toBe(1);
  });

  it('for the outbox relays’ poll: documents with events pending, by their flag', async () => {
    const docs = db.collection<{ _id: string; outboxPending?: boolean }>('outbox_poll');
    await docs.createIndex({ outboxPending: 1 }, { sparse: true });
    await docs.insertMany(Array.from({ length: 2000 }, (_, i) => ({ _id: `d-${i}`, ...(i % 500 === 0 ? { outboxPending: true } : {}) })));
    expect(await indexedPlan('outbox_poll', { outboxPending: true })).not.toContainEqual(expect.stringMatching(/Seq Scan|COLLSCAN/));
    expect(await docs.countDocuments({ outboxPending: true })).toBe(4);
  });

  it('for a collection made after the database started', async () => {
    const later = db.collection<{ _id: string; token: string }>(`made_later_${Date.now()}`);
    await later.createIndex({ token: 1 }, { unique: true });
    await later.insertMany(Array.from({ length: 500 }, (_, i) => ({ _id: `t-${i}`, token: `tok-${i}` })));
    expect(await indexedPlan(later.collectionName, { token: 'tok-42' })).not.toContainEqual(expect.stringMatching(/Seq Scan|COLLSCAN/));
  });
});
