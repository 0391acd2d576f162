import type { Model } from 'mongoose';
import type { ProfileState } from '#kit/profileDirectory.ts';
import type { ProfileDoc } from '../models/Profile.ts';
import { findByKeys } from '#kit/mongo.ts';

/** Reads of stored (sealed) profiles; writes go through the profile service. */
export function profileRepository(profiles: Model<ProfileDoc>) {
  return {
    findByIds: (ids: readonly string[]) => findByKeys<ProfileDoc>(profiles, '_id', ids),

    /** The state of each id that is (or was) a profile: the directory the other subgraphs ask before they write. */
    async statesOf(ids: readonly string[]): Promise<Record<string, ProfileState>> {
      const docs = await findByKeys<Pick<ProfileDoc, '_id' | 'status'>>(profiles, '_id', ids, { projection: { status: 1 } });
      return Object.fromEntries(docs.map((d) => [d._id, d.status]));
    },

    /** Keyset pagination in id order over live profiles (merged-away and erased ones are not listed). */
    list: ({ first, after }: { first: number; after?: string | null }) =>
      profiles
        .find({ status: { $in: ['ACTIVE', 'RESTRICTED'] }, ...(after ? { _id: { $gt: after } } : {}) })
        .sort({ _id: 1 })
        .limit(first)
        .lean<ProfileDoc[]>()
        .exec(),
  };
}

export type ProfileRepository = ReturnType<typeof profileRepository>;
