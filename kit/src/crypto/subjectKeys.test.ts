import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchReadCost, testDatabase } from '../../../tests/support/database.ts';
import { ensureIndexes } from '../mongo.ts';
import { parseKeyRing } from './keyRing.ts';
import { subjectKeyStore } from './subjectKeys.ts';

const oldKek = `old:${randomBytes(32).toString('base64')}`;
const newKek = `new:${randomBytes(32).toString('base64')}`;
let db: Awaited<ReturnType<typeof testDatabase>>;

beforeAll(async () => {
  db = await testDatabase('subject_keys');
  subjectKeyStore(db.connection, parseKeyRing(oldKek));
  await ensureIndexes(db.connection);
});
afterAll(() => db?.drop());

describe('subject data keys', () => {
  it('creates a key once, even when writers race', async () => {
    const store = subjectKeyStore(db.connection, parseKeyRing(oldKek));
    const keys = await Promise.all(Array.from({ length: 5 }, () => store.ensureKey('race')));
    expect(new Set(keys.map((k) => k.toString('hex'))).size).toBe(1);
    expect(await store.model.countDocuments({ _id: 'race' })).toBe(1);
  });

  it('loads many subjects’ keys in one batch read; a shredded subject has none', async () => {
    const store = subjectKeyStore(db.connection, parseKeyRing(oldKek));
    const a = await store.ensureKey('a');
    await store.ensureKey('b');
    expect(await store.destroy('b')).toBe(true);
    const before = db.commands.snapshot().find ?? 0;
    const found = await store.keysFor(['a', 'b', 'never']);
    expect((db.commands.snapshot().find ?? 0) - before).toBe(batchReadCost(db, 3));
    expect([...found.keys()]).toEqual(['a']);
    expect(found.get('a')).toEqual(a);
  });

  it('rotation re-wraps data keys so the old KEK can be dropped, without changing them', async () => {
    const before = await subjectKeyStore(db.connection, parseKeyRing(oldKek)).ensureKey('rotate-me');
    const { rewrapped } = await subjectKeyStore(db.connection, parseKeyRing(`${newKek},${oldKek}`)).rewrapAll();
    expect(rewrapped).toBeGreaterThanOrEqual(2);
    const afterDrop = await subjectKeyStore(db.connection, parseKeyRing(newKek)).keysFor(['rotate-me']);
    expect(afterDrop.get('rotate-me')).toEqual(before);
    expect((await subjectKeyStore(db.connection, parseKeyRing(`${newKek},${oldKek}`)).rewrapAll()).rewrapped).toBe(0);
  });
});
