import { resolveProfileReference, type ProfileRef } from '#kit/authorize.ts';
import type { PreferenceContext } from '../context.ts';

export const Profile = {
  __resolveReference: resolveProfileReference,

  preferences: ({ id }: ProfileRef, _: unknown, { loaders }: PreferenceContext) => loaders.preferenceSet.load(id),
};
