import { assertCanRead } from '#kit/authorize.ts';
import type { PreferenceContext } from '../context.ts';

interface ProfileRef {
  id: string;
}

export const Profile = {
  __resolveReference({ id }: ProfileRef, { viewer }: PreferenceContext): ProfileRef {
    assertCanRead(viewer, id);
    return { id };
  },

  preferences: ({ id }: ProfileRef, _: unknown, { loaders }: PreferenceContext) => loaders.preferenceSet.load(id),
};
