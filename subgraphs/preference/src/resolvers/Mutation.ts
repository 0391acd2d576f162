import { assertAdmin, assertCanWrite, assertSystemActsAsItself, provenanceOf } from '#kit/authorize.ts';
import { badUserInput, forbidden } from '#kit/errors.ts';
import { isWritable } from '#kit/profileDirectory.ts';
import { hasRole } from '#kit/viewer.ts';
import type { PreferenceContext } from '../context.ts';
import type { PreferenceChannel } from '../models/PreferenceSet.ts';
import type { PreferenceChanges } from '../store/preferenceStore.ts';
import type { InterestSource } from '../domain/interests.ts';

export const Mutation = {
  upsertTopic(
    _: unknown,
    { input }: { input: { id: string; name: string; description: string; purpose: string } },
    { viewer, preferences }: PreferenceContext,
  ) {
    assertAdmin(viewer);
    return preferences.upsertTopic(input, provenanceOf(viewer));
  },

  async setPreferences(
    _: unknown,
    { input }: { input: PreferenceChanges & { profileId: string } },
    { viewer, preferences, loaders, directory }: PreferenceContext,
  ) {
    assertCanWrite(viewer, input.profileId);
    for (const list of [input.channels, input.frequencyCaps, input.topicChannels] as { channel?: string; topic?: string }[][]) {
      const keys = (list ?? []).map((item) => item.topic ?? item.channel);
      if (new Set(keys).size !== keys.length) throw badUserInput('Each channel or topic may appear only once per list.');
    }
    await directory?.assertExists(input.profileId);
    await preferences.apply(input.profileId, input, provenanceOf(viewer));
    loaders.preferenceSet.clear(input.profileId);
    return { id: input.profileId };
  },

  async setInterest(
    _: unknown,
    { profileId, topic, interested, source }: { profileId: string; topic: string; interested: boolean; source: InterestSource },
    { viewer, preferences, loaders, directory }: PreferenceContext,
  ) {
    assertCanWrite(viewer, profileId);
    // Customers state; systems infer. A system cannot put words in the customer's mouth.
    if (source === 'STATED' && hasRole(viewer, 'system') && !hasRole(viewer, 'admin', 'agent'))
      throw forbidden('Systems record inferred interests only.');
    if (source === 'INFERRED' && !hasRole(viewer, 'system', 'admin')) throw forbidden('Only systems infer interests.');
    await directory?.assertExists(profileId);
    await preferences.setInterest(profileId, topic, interested, source, provenanceOf(viewer));
    loaders.preferenceSet.clear(profileId);
    return { id: profileId };
  },

  async removeInferredInterest(
    _: unknown,
    { profileId, topic }: { profileId: string; topic: string },
    { viewer, preferences, loaders, directory }: PreferenceContext,
  ) {
    assertCanWrite(viewer, profileId);
    await directory?.assertExists(profileId);
    await preferences.removeInferredInterest(profileId, topic, provenanceOf(viewer));
    loaders.preferenceSet.clear(profileId);
    return { id: profileId };
  },

  async recordSends(
    _: unknown,
    {
      source,
      sends,
    }: { source: string; sends: { sendId: string; profileId: string; channel: PreferenceChannel; topic: string; sentAt: Date }[] },
    { viewer, preferences, directory }: PreferenceContext,
  ) {
    assertSystemActsAsItself(viewer, source, 'report sends');
    if (sends.length === 0 || sends.length > 1000) throw badUserInput('Report 1 to 1000 sends at a time.', 'sends');
    // Every profile the report names, checked in one call; a send to someone who is not a profile is not kept.
    const profiles = directory && (await directory.states(sends.map((s) => s.profileId)));
    const known = profiles ? sends.filter((s) => isWritable(profiles.get(s.profileId))) : sends;
    return { ...(await preferences.recordSends(source, known)), unknownProfiles: sends.length - known.length };
  },
};
