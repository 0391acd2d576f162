import type { Model } from 'mongoose';
import type { ProfileDoc } from '../models/Profile.ts';

/** Reads of stored (sealed) profiles; writes go through the profile service. */
export function profileRepository(profiles: Model<ProfileDoc>) {
  return {
    findByIds: (ids: readonly string[]) =>
      profiles
        .find({ _id: { $in: [...ids] } })
        .lean<ProfileDoc[]>()
        .exec(),

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
