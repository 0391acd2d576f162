import type { MutationResolvers } from './types.generated.ts';

export const Mutation: MutationResolvers = {
  upsertTopic(_, { input }, { viewer, preferences }) {
    return preferences.upsertTopic(viewer, input);
  },

  async setPreferences(_, { input }, { viewer, preferences, loaders }) {
    await preferences.setPreferences(viewer, input);
    loaders.preferenceSet.clear(input.profileId);
    return { id: input.profileId };
  },

  async setInterest(_, { profileId, topic, interested, source }, { viewer, preferences, loaders }) {
    await preferences.setInterest(viewer, profileId, topic, interested, source);
    loaders.preferenceSet.clear(profileId);
    return { id: profileId };
  },

  async removeInferredInterest(_, { profileId, topic }, { viewer, preferences, loaders }) {
    await preferences.removeInferredInterest(viewer, profileId, topic);
    loaders.preferenceSet.clear(profileId);
    return { id: profileId };
  },

  recordSends(_, { source, sends }, { viewer, preferences }) {
    return preferences.recordSends(viewer, source, sends);
  },
};
