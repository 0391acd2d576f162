import { oneByKey } from '#kit/loaders.ts';
import type { ProfileDoc } from './models/Profile.ts';
import type { ProfileRepository } from './repositories/profileRepository.ts';

/** Created per request: one `$in` query per batch of profile ids, whatever the number of references. */
export const createLoaders = (profiles: ProfileRepository) => ({
  profile: oneByKey<ProfileDoc>(
    (ids) => profiles.findByIds(ids),
    (doc) => doc._id,
  ),
});

export type Loaders = ReturnType<typeof createLoaders>;
