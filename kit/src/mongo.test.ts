import { Schema } from 'mongoose';
import { describe, expect, it } from 'vitest';
import { commandsDuring, useReplicaPair } from '../../tests/support/database.ts';
import { estimatedCount, fieldsOf, insertManyNew, insertNew, isFerretDB } from './mongo.ts';

const pair = useReplicaPair('mongo-helpers');

interface ThingDoc {
  _id: string;
  name: string;
  size: number;
}
const schema = new Schema<ThingDoc>({ _id: String, name: String, size: Number }, { collection: 'things', versionKey: false });
const modelOn = (connection: typeof pair.db.connection) => connection.models.Thing ?? connection.model<ThingDoc>('Thing', schema);

describe("kit's write helpers", () => {
  it('insert a document once, whichever of two replicas races for its key, and say who won', async () => {
    const [mine, theirs] = [modelOn(pair.db.connection), modelOn(pair.other.connection)];
    const results = await Promise.all([
      insertNew(mine, { _id: 'a', name: 'mine', size: 1 }),
      insertNew(theirs, { _id: 'a', name: 'theirs', size: 2 }),
    ]);
    expect(results.sort()).toEqual([false, true]);
    expect(await mine.countDocuments({ _id: 'a' })).toBe(1);
    // Anything but a taken key is still an error.
    await expect(insertNew(mine, { _id: 'b', name: 'x', size: 'big' as never })).rejects.toThrow();
  });

  it('store a batch once however often it is written, and read back only the fields asked', async () => {
    const things = modelOn(pair.db.connection);
    const batch = [
      { _id: 'c', name: 'c', size: 3 },
      { _id: 'd', name: 'd', size: 4 },
    ];
    await insertManyNew(things, batch);
    await insertManyNew(things, [...batch, { _id: 'e', name: 'e', size: 5 }]);
    await insertManyNew(things, []);
    expect(await things.countDocuments({ name: { $in: ['c', 'd', 'e'] } })).toBe(3);
    expect(await fieldsOf(things, 'd', ['size'])).toEqual({ _id: 'd', size: 4 });
    expect(await fieldsOf(things, 'nobody', ['size'])).toBeNull();
  });
});

describe("kit's size estimate", () => {
  it('counts a collection from the statistics, asking FerretDB to analyse a table only while it has none', async () => {
    const sized = pair.db.connection.models.Sized ?? pair.db.connection.model<ThingDoc>('Sized', schema.clone().set('collection', 'sized'));
    expect(await estimatedCount(sized)).toBe(0);
    await sized.insertMany(Array.from({ length: 300 }, (_, i) => ({ _id: `s${i}`, name: 's', size: i })));
    // The first estimate of a table PostgreSQL never analysed analyses it; it is exact on a small table.
    expect(await estimatedCount(sized)).toBe(300);
    const sent = await commandsDuring(pair.db.commands, async () => expect(await estimatedCount(sized)).toBe(300));
    // Then one cheap read of the statistics, never the `collStats` command that runs ANALYZE.
    expect(sent).toEqual(isFerretDB(pair.db.connection) ? { aggregate: 1 } : { count: 1 });
  });
});
