import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { connectDatabase, type Database } from '#kit/mongo.ts';

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
      await database.connection.dropDatabase();
      await database.close();
    },
  };
}

export const uniquePrefix = (label: string) => `test_${label}_${randomBytes(4).toString('hex')}`;
