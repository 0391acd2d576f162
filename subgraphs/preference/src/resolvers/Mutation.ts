import type { PreferenceContext } from '../context.ts';
import type { InterestSource } from '../domain/interests.ts';
import type { PreferenceChanges, SendReport } from '../services/preferenceService.ts';

export const Mutation = {
  upsertTopic(
    _: unknown,
    { input }: { input: { id: string; name: string; description: string; purpose: string } },
    { viewer, preferences }: PreferenceContext,
  ) {
    return preferences.upsertTopic(viewer, input);
  },

  async setPreferences(
    _: unknown,
    { input }: { input: PreferenceChanges & { profileId: string } },
    { viewer, preferences, loaders }: PreferenceContext,
  ) {
    await preferences.setPreferences(viewer, input);
    loaders.preferenceSet.clear(input.profileId);
    return { id: input.profileId };
  },

  async setInterest(
    _: unknown,
    { profileId, topic, interested, source }: { profileId: string; topic: string; interested: boolean; source: InterestSource },
    { viewer, preferences, loaders }: PreferenceContext,
  ) {
    await preferences.setInterest(viewer, profileId, topic, interested, source);
    loaders.preferenceSet.clear(profileId);
    return { id: profileId };
  },

  async removeInferredInterest(
    _: unknown,
    { profileId, topic }: { profileId: string; topic: string },
    { viewer, preferences, loaders }: PreferenceContext,
  ) {
    await preferences.removeInferredInterest(viewer, profileId, topic);
    loaders.preferenceSet.clear(profileId);
    return { id: profileId };
  },

  recordSends(_: unknown, { source, sends }: { source: string; sends: SendReport[] }, { viewer, preferences }: PreferenceContext) {
    return preferences.recordSends(viewer, source, sends);
  },
};
