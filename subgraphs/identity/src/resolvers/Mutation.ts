import { assertCanWrite, provenanceOf } from '#kit/authorize.ts';
import { notFound } from '#kit/errors.ts';
import type { IdentityContext } from '../context.ts';
import type { ProfileFields } from '../repositories/profileRepository.ts';

export const Mutation = {
  async createProfile(_: unknown, { input }: { input: ProfileFields }, { viewer, profiles }: IdentityContext) {
    assertCanWrite(viewer, null);
    return profiles.create(input, provenanceOf(viewer));
  },

  async updateProfile(_: unknown, { id, input }: { id: string; input: ProfileFields }, { viewer, profiles }: IdentityContext) {
    assertCanWrite(viewer, id);
    const updated = await profiles.update(id, input, provenanceOf(viewer));
    if (!updated) throw notFound('Profile');
    return updated;
  },
};
