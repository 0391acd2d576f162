// Every mongoose/MongoDB pattern Living Profile relies on, one named test each, against the real
// database of the run (embedded FerretDB v1 on PostgreSQL, or MONGODB_URI). When a pattern breaks on a
// database version, this file says which one, instead of a resolver failing mysteriously.
// FerretDB v1 lacks transactions, change streams, TTL indexes, $lookup, positional `$`/arrayFilters,
// collation and $pull conditions: nothing in the code base may rely on those (see ARCHITECTURE.md).
import { Schema, type Model } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureIndexes, isDuplicateKeyError } from '#kit/mongo.ts';
import { testDatabase } from '../support/database.ts';

interface Doc {
  _id: string;
  email?: string;
  owner?: string;
  kind?: string;
  at?: Date;
  until?: Date | null;
  count?: number;
  tags?: string[];
  items?: { ref: string; at: Date }[];
  map?: Record<string, unknown>;
}

let db: Awaited<ReturnType<typeof testDatabase>>;
let Docs: Model<Doc>;

beforeAll(async () => {
  db = await testDatabase('patterns');
  const schema = new Schema<Doc>(
    {
      _id: String,
      email: String,
      owner: String,
      kind: String,
      at: Date,
      until: Date,
      count: Number,
      tags: [String],
      items: [new Schema({ ref: String, at: Date }, { _id: false })],
      map: { type: Schema.Types.Mixed, default: {} },
    },
    { collection: 'docs', versionKey: false, minimize: false },
  );
  schema.index({ email: 1 }, { unique: true, sparse: true });
  schema.index({ owner: 1, at: -1 });
  Docs = db.connection.model<Doc>('Doc', schema);
  await ensureIndexes(db.connection);
});

afterAll(async () => {
  await db?.drop();
});

describe('mongoose patterns on this database', () => {
  it('creates collections and indexes idempotently (ensureIndexes twice)', async () => {
    await ensureIndexes(db.connection);
    const names = (await Docs.listIndexes()).map((index) => index.name);
    expect(names).toEqual(expect.arrayContaining(['_id_', 'email_1', 'owner_1_at_-1']));
  });

  it('unique index: a duplicate is rejected with code 11000', async () => {
    await Docs.create({ _id: 'u1', email: 'a@example.com' });
    const error = await Docs.create({ _id: 'u2', email: 'a@example.com' }).catch((e: unknown) => e);
    expect(isDuplicateKeyError(error)).toBe(true);
  });

  it('unique sparse index: many documents may lack the field', async () => {
    await Docs.create({ _id: 's1' });
    await Docs.create({ _id: 's2' });
    expect(await Docs.countDocuments({ _id: { $in: ['s1', 's2'] } })).toBe(2);
  });

  it('duplicate _id on insert is code 11000', async () => {
    const error = await Docs.create({ _id: 's1' }).catch((e: unknown) => e);
    expect(isDuplicateKeyError(error)).toBe(true);
  });

  it('compound index query: find by owner, sorted by date descending', async () => {
    const base = Date.UTC(2026, 0, 1);
    await Docs.insertMany([0, 1, 2].map((i) => ({ _id: `c${i}`, owner: 'o1', at: new Date(base + i * 1000) })));
    const docs = await Docs.find({ owner: 'o1' }).sort({ at: -1 }).lean().exec();
    expect(docs.map((d) => d._id)).toEqual(['c2', 'c1', 'c0']);
    expect(docs[0]?.at).toBeInstanceOf(Date);
    expect(docs[0]?.at?.getTime()).toBe(base + 2000);
  });

  it('find with $in returns only the asked keys (the DataLoader batch)', async () => {
    const docs = await Docs.find({ _id: { $in: ['c0', 'c2', 'missing'] } })
      .lean()
      .exec();
    expect(docs.map((d) => d._id).sort()).toEqual(['c0', 'c2']);
  });

  it('keyset pagination: $gt on _id, sort and limit', async () => {
    const page = await Docs.find({ _id: { $gt: 'c0' } })
      .sort({ _id: 1 })
      .limit(2)
      .lean()
      .exec();
    expect(page.map((d) => d._id)).toEqual(['c1', 'c2']);
  });

  it('findOneAndUpdate with upsert returns the document after the change', async () => {
    const doc = await Docs.findOneAndUpdate({ _id: 'f1' }, { $set: { kind: 'new' } }, { upsert: true, returnDocument: 'after' })
      .lean()
      .exec();
    expect(doc).toMatchObject({ _id: 'f1', kind: 'new' });
  });

  it('$set on a dotted path inside a Mixed map, keeping the other keys', async () => {
    await Docs.updateOne({ _id: 'm1' }, { $set: { 'map.marketing:EMAIL': { status: 'GRANTED' } } }, { upsert: true }).exec();
    await Docs.updateOne({ _id: 'm1' }, { $set: { 'map.marketing:SMS': { status: 'DENIED' } } }).exec();
    await Docs.updateOne({ _id: 'm1' }, { $set: { 'map.marketing:EMAIL': { status: 'WITHDRAWN' } } }).exec();
    const doc = await Docs.findById('m1').lean().exec();
    expect(doc?.map).toEqual({ 'marketing:EMAIL': { status: 'WITHDRAWN' }, 'marketing:SMS': { status: 'DENIED' } });
  });

  it('$setOnInsert applies only when the upsert inserts; an empty map is kept (minimize: false)', async () => {
    await Docs.updateOne({ _id: 'i1' }, { $set: { kind: 'a' }, $setOnInsert: { map: {} } }, { upsert: true }).exec();
    await Docs.updateOne({ _id: 'i1' }, { $set: { kind: 'b' }, $setOnInsert: { count: 99 } }, { upsert: true }).exec();
    const doc = await Docs.findById('i1').lean().exec();
    expect(doc).toMatchObject({ kind: 'b', map: {} });
    expect(doc?.count).toBeUndefined();
  });

  it('$unset removes a field', async () => {
    await Docs.updateOne({ _id: 'i1' }, { $unset: { kind: 1 } }).exec();
    expect((await Docs.findById('i1').lean().exec())?.kind).toBeUndefined();
  });

  it('$push, $pull and $inc', async () => {
    await Docs.create({ _id: 'a1', tags: ['x'], count: 1 });
    await Docs.updateOne({ _id: 'a1' }, { $push: { tags: 'y' }, $inc: { count: 2 } }).exec();
    await Docs.updateOne({ _id: 'a1' }, { $pull: { tags: 'x' } }).exec();
    expect(await Docs.findById('a1').lean().exec()).toMatchObject({ tags: ['y'], count: 3 });
  });

  it('$push guarded by $ne with upsert: once only, a repeat hits the existing _id (11000)', async () => {
    const dismiss = () =>
      Docs.updateOne(
        { _id: 'd1', 'items.ref': { $ne: 'offer-1' } },
        { $push: { items: { ref: 'offer-1', at: new Date() } } },
        { upsert: true },
      ).exec();
    await dismiss();
    expect(isDuplicateKeyError(await dismiss().catch((e: unknown) => e))).toBe(true);
    expect((await Docs.findById('d1').lean().exec())?.items).toHaveLength(1);
  });

  it('$or with null matches a missing field; $lte/$gt compare dates', async () => {
    const now = new Date('2026-06-01T00:00:00Z');
    await Docs.insertMany([
      { _id: 'v-open', kind: 'offer', at: new Date('2026-01-01T00:00:00Z') },
      { _id: 'v-null', kind: 'offer', at: new Date('2026-01-01T00:00:00Z'), until: null },
      { _id: 'v-later', kind: 'offer', at: new Date('2026-01-01T00:00:00Z'), until: new Date('2027-01-01T00:00:00Z') },
      { _id: 'v-ended', kind: 'offer', at: new Date('2026-01-01T00:00:00Z'), until: new Date('2026-02-01T00:00:00Z') },
      { _id: 'v-future', kind: 'offer', at: new Date('2027-01-01T00:00:00Z') },
    ]);
    const live = await Docs.find({ kind: 'offer', at: { $lte: now }, $or: [{ until: null }, { until: { $gt: now } }] })
      .lean()
      .exec();
    expect(live.map((d) => d._id).sort()).toEqual(['v-later', 'v-null', 'v-open']);
  });

  it('replaceOne with upsert creates, then replaces whole', async () => {
    await Docs.replaceOne({ _id: 'r1' }, { _id: 'r1', kind: 'first', count: 1 }, { upsert: true }).exec();
    await Docs.replaceOne({ _id: 'r1' }, { _id: 'r1', kind: 'second' }, { upsert: true }).exec();
    const doc = await Docs.findById('r1').lean().exec();
    expect(doc).toMatchObject({ kind: 'second' });
    expect(doc?.count).toBeUndefined();
  });

  it('bulkWrite mixes inserts, updates and deletes and reports each count', async () => {
    const result = await Docs.bulkWrite([
      { insertOne: { document: { _id: 'b1', kind: 'bulk' } } },
      { insertOne: { document: { _id: 'b2', kind: 'bulk' } } },
      { updateOne: { filter: { _id: 'b1' }, update: { $set: { count: 5 } } } },
      { updateOne: { filter: { _id: 'b3' }, update: { $set: { kind: 'bulk' } }, upsert: true } },
      { deleteOne: { filter: { _id: 'b2' } } },
    ]);
    expect(result).toMatchObject({ insertedCount: 2, modifiedCount: 1, upsertedCount: 1, deletedCount: 1 });
  });

  it('countDocuments and deleteMany report exact counts (the subject-rights contract)', async () => {
    expect(await Docs.countDocuments({ kind: 'bulk' })).toBe(2);
    expect((await Docs.deleteMany({ kind: 'bulk' }).exec()).deletedCount).toBe(2);
    expect(await Docs.countDocuments({ kind: 'bulk' })).toBe(0);
  });

  it('aggregation: $match, $group with $sum, $sort, $project, $limit', async () => {
    const rows = await Docs.aggregate<{ _id: string; n: number }>([
      { $match: { kind: 'offer' } },
      { $group: { _id: '$kind', n: { $sum: 1 } } },
      { $sort: { n: -1 } },
      { $project: { _id: 1, n: 1 } },
      { $limit: 5 },
    ]).exec();
    expect(rows).toEqual([{ _id: 'offer', n: 5 }]);
  });

  it('aggregation: $count', async () => {
    expect(await Docs.aggregate([{ $match: { owner: 'o1' } }, { $count: 'total' }]).exec()).toEqual([{ total: 3 }]);
  });

  it('outbox pattern: $push an entry, find documents holding any, $pullAll exactly the entries handed on', async () => {
    const at = new Date();
    await Docs.create({ _id: 'ob1', items: [] });
    await Docs.create({ _id: 'ob2' });
    await Docs.updateOne({ _id: 'ob1' }, { $push: { items: { ref: 'e1', at } } }).exec();
    await Docs.updateOne({ _id: 'ob1' }, { $push: { items: { ref: 'e2', at } } }).exec();
    const pending = await Docs.find({ _id: { $in: ['ob1', 'ob2'] }, 'items.ref': { $exists: true } }, { items: 1 })
      .lean<Doc[]>()
      .exec();
    expect(pending.map((d) => d._id)).toEqual(['ob1']);
    // e3 arrives after e1 and e2 were read: removing what was handed on must keep it. FerretDB v1
    // ignores $pull conditions ({ ref: { $in } } removes nothing, silently); $pullAll of the exact
    // entries read works on both databases.
    await Docs.updateOne({ _id: 'ob1' }, { $push: { items: { ref: 'e3', at } } }).exec();
    await Docs.updateOne({ _id: 'ob1' }, { $pullAll: { items: pending[0]!.items! } }).exec();
    expect((await Docs.findById('ob1').lean<Doc>().exec())?.items?.map((i) => i.ref)).toEqual(['e3']);
    await Docs.updateOne({ _id: 'ob1' }, { $pullAll: { items: [{ ref: 'e3', at }] } }).exec();
    expect(await Docs.countDocuments({ _id: 'ob1', 'items.ref': { $exists: true } })).toBe(0);
  });

  it('a find of 500 documents is one round trip: no getMore (connectDatabase sets the batch size)', async () => {
    await Docs.insertMany(Array.from({ length: 500 }, (_, i) => ({ _id: `many${i}`, kind: 'many', tags: ['x'.repeat(200)] })));
    const before = db.commands.snapshot();
    const found = await Docs.find({ kind: 'many' }).lean<Doc[]>().exec();
    const after = db.commands.snapshot();
    expect(found).toHaveLength(500);
    expect((after.find ?? 0) - (before.find ?? 0)).toBe(1);
    expect((after.getMore ?? 0) - (before.getMore ?? 0)).toBe(0);
  });

  it('command monitoring counts round trips by command name', async () => {
    const before = db.commands.snapshot().find ?? 0;
    await Docs.find({ _id: 'c0' }).lean().exec();
    await Docs.find({ _id: 'c1' }).lean().exec();
    expect((db.commands.snapshot().find ?? 0) - before).toBe(2);
  });
});
