import { assertCanRead } from '#kit/authorize.ts';
import type { IdentityContext } from '../context.ts';
import type { ProfileDoc } from '../models/Profile.ts';

export const Profile = {
  async __resolveReference({ id }: { id: string }, { viewer, loaders }: IdentityContext) {
    assertCanRead(viewer, id);
    return loaders.profile.load(id);
  },
  id: (profile: ProfileDoc) => profile._id,
};
