// npm run rotate-keys: after putting a new key first in KEY_ENCRYPTION_KEYS, re-wraps every
// subject's data key under it, in every subgraph database that holds data keys. Only the 32-byte
// data keys are re-encrypted, never the data. Afterwards the old key can be dropped from the list.
// Needs MONGODB_URI (run it while `npm start` runs, with the URI it printed) and DATABASE_PREFIX.
import mongoose from 'mongoose';
import { ConfigError } from '#kit/config.ts';
import { parseKeyRing } from '#kit/crypto/keyRing.ts';
import { subjectKeyStore } from '#kit/crypto/subjectKeys.ts';
import { SUBGRAPH_NAMES } from './lib/stack.ts';
import { messageOf } from '#kit/guards.ts';

try {
  const uri = process.env.MONGODB_URI;
  if (!uri) throw new ConfigError('MONGODB_URI is required (while npm start runs, the embedded database is at the URI it printed).');
  const ring = parseKeyRing(process.env.KEY_ENCRYPTION_KEYS);
  const prefix = process.env.DATABASE_PREFIX ?? 'living_profile';
  const connection = await mongoose.createConnection(uri, { serverSelectionTimeoutMS: 10_000 }).asPromise();
  try {
    console.log(`▸ re-wrapping data keys under "${ring.activeId}"…`);
    for (const name of SUBGRAPH_NAMES) {
      const db = connection.useDb(`${prefix}_${name}`, { useCache: true });
      const collections = await db.db!.listCollections({ name: 'subject_keys' }).toArray();
      if (!collections.length) continue;
      const { rewrapped } = await subjectKeyStore(db, ring).rewrapAll();
      console.log(`▸   ${name}: ${rewrapped} data keys re-wrapped`);
    }
    console.log('▸ done: keys other than the first can now be removed from KEY_ENCRYPTION_KEYS once every replica uses the new list.');
  } finally {
    await connection.close();
  }
} catch (error) {
  console.error(`✖ ${messageOf(error)}`);
  process.exit(1);
}
