import DataLoader from 'dataloader';
import { oneByKey } from '#kit/loaders.ts';
import type { PreferenceSetDoc, TopicDoc } from '../models/PreferenceSet.ts';
import type { PreferenceService } from './preferenceService.ts';

/** Created per request: one `$in` query per batch of subjects, and the topic catalogue once. */
export const createLoaders = (preferences: PreferenceService) => ({
  preferenceSet: oneByKey<PreferenceSetDoc>(
    (ids) => preferences.setsOf(ids),
    (doc) => doc._id,
  ),
  topics: new DataLoader<'all', Map<string, TopicDoc>>(async (keys) => {
    const all = new Map((await preferences.topics()).map((t) => [t._id, t]));
    return keys.map(() => all);
  }),
});

export type Loaders = ReturnType<typeof createLoaders>;
