import { oneByKey } from '#kit/loaders.ts';
import type { PreferenceSetDoc } from './models/PreferenceSet.ts';
import type { PreferenceRepository } from './repositories/preferenceRepository.ts';

/** Created per request: one `$in` query per batch of subjects. */
export const createLoaders = (preferences: PreferenceRepository) => ({
  preferenceSet: oneByKey<PreferenceSetDoc>(
    (ids) => preferences.findBySubjects(ids),
    (doc) => doc._id,
  ),
});

export type Loaders = ReturnType<typeof createLoaders>;
