import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectProgram, storeBoundaryViolations } from './storeBoundary.ts';

const root = join(import.meta.dirname, '..');

describe("each subgraph's store", () => {
  it('is the only code of the subgraphs that queries or writes the database', () => {
    const violations = storeBoundaryViolations(projectProgram(root), root).map((v) => `${v.file}:${v.line} ${v.call}`);
    expect(violations).toEqual([]);
  }, 120_000);

  it('finds a query outside the store by what it calls, not by its name', () => {
    // A service that queries a model, asks kit's batched lookup, and reaches the driver through the
    // connection; beside calls that merely share the names (an array's find, a store's own method).
    const service = join(root, 'subgraphs/identity/src/services/__boundaryFixture.ts');
    const source = `
      import type { Connection, Model } from 'mongoose';
      import { findByKeys } from '#kit/mongo.ts';
      import type { ProfileDoc } from '../models/Profile.ts';
      import type { ProfileStore } from '../store/profileStore.ts';
      export async function leaky(profiles: Model<ProfileDoc>, connection: Connection, store: ProfileStore) {
        await profiles.find({ status: 'ACTIVE' }).sort({ _id: 1 }).lean().exec();
        await findByKeys(profiles, '_id', ['a']);
        await connection.collection('profiles').insertOne({ _id: 'x' } as never);
        const ids = ['a', 'b'].find((id) => id === 'a');
        return [ids, await store.byId('a')];
      }`;
    const found = storeBoundaryViolations(projectProgram(root, { [service]: source }), root).filter((v) =>
      v.file.endsWith('__boundaryFixture.ts'),
    );
    // Each chain is one query, named by its first call.
    expect(found.map((v) => v.call)).toEqual(['profiles.find', 'findByKeys', 'connection.collection']);
  }, 120_000);
});
