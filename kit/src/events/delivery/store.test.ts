import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../../../tests/support/database.ts';
import { ensureIndexes } from '../../mongo.ts';
import { declareEvents } from '../catalogue.ts';
import { deliveryStore } from './store.ts';

let db: Awaited<ReturnType<typeof testDatabase>>;
beforeAll(async () => {
  db = await testDatabase('delivery_store');
  deliveryStore(db.connection);
  await ensureIndexes(db.connection);
});
afterAll(async () => {
  await db?.drop();
});

describe('event declarations', () => {
  it('are stored once when one subgraph’s relays (or replicas) declare at the same moment', async () => {
    const store = deliveryStore(db.connection);
    const declaration = declareEvents('privacy', [{ type: 'breach.notified', description: 'A customer was told of a breach.' }]);
    const at = new Date();
    await expect(Promise.all(Array.from({ length: 6 }, () => store.declare(declaration, at)))).resolves.toHaveLength(6);
    expect((await store.declarations()).map((d) => [d._id, d.types.map((t) => t.type)])).toEqual([['privacy', ['breach.notified']]]);
  });
});
