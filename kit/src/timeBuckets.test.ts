import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Schema } from 'mongoose';
import { testDatabase } from '../../tests/support/database.ts';
import { bucketOf, findSince } from './timeBuckets.ts';

interface Event {
  _id: string;
  at: Date;
  bucket: number;
}

let db: Awaited<ReturnType<typeof testDatabase>>;
beforeAll(async () => {
  db = await testDatabase('buckets');
});
afterAll(async () => {
  await db?.drop();
});

describe('time buckets', () => {
  it('find everything since a time, oldest first, by equality lookups of the buckets from then to now', async () => {
    const events = db.connection.model<Event>('Event', new Schema<Event>({ _id: String, at: Date, bucket: Number }, { versionKey: false }));
    const BUCKET = 1_000;
    const now = Date.now();
    const docs = [-5_500, -3_200, -3_100, -900, -10, 400].map((offset, i) => {
      const at = new Date(now + offset);
      return { _id: `e${i}`, at, bucket: bucketOf(at, BUCKET) };
    });
    await events.insertMany([...docs].reverse());
    const since = new Date(now - 3_200);
    const counted: string[] = [];
    db.connection.on('commandStarted', (e: { commandName: string; command: { filter?: object } }) => {
      if (e.commandName === 'find') counted.push(JSON.stringify(e.command.filter));
    });
    const found = await findSince<Event>(events, { bucketField: 'bucket', timeField: 'at', bucketMs: BUCKET, since, limit: 10, now });
    expect(found.map((d) => d._id)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
    // One equality per bucket from since's to one past now's; never a range.
    expect(counted.every((filter) => /^\{"bucket":\d+\}$/.test(filter))).toBe(true);
    expect(counted).toHaveLength(bucketOf(now, BUCKET) + 1 - bucketOf(since, BUCKET) + 1);
    // At most `limit`, the oldest.
    expect(
      (await findSince<Event>(events, { bucketField: 'bucket', timeField: 'at', bucketMs: BUCKET, since, limit: 2, now })).map(
        (d) => d._id,
      ),
    ).toEqual(['e1', 'e2']);
  });
});
