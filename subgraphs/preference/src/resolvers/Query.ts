import type { PreferenceContext } from '../context.ts';
import type { TopicDoc } from '../models/PreferenceSet.ts';

export const Query = {
  topics: (_: unknown, __: unknown, { preferences }: PreferenceContext) => preferences.topics(),
};

export const Topic = {
  id: (topic: TopicDoc) => topic._id,
};
