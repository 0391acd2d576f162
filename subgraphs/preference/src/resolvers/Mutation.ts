import { assertCanWrite, provenanceOf } from '#kit/authorize.ts';
import type { PreferenceContext } from '../context.ts';
import { badUserInput } from '../errors.ts';
import type { PreferenceChanges } from '../repositories/preferenceRepository.ts';

export const Mutation = {
  async setPreferences(
    _: unknown,
    { input }: { input: PreferenceChanges & { profileId: string } },
    { viewer, preferences }: PreferenceContext,
  ) {
    assertCanWrite(viewer, input.profileId);
    const channels = input.channels?.map((c) => c.channel) ?? [];
    if (new Set(channels).size !== channels.length) throw badUserInput('Each channel may appear only once.', 'channels');
    return preferences.apply(input.profileId, input, provenanceOf(viewer));
  },
};
