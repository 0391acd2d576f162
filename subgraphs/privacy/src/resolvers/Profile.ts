import { assertCanRead } from '#kit/authorize.ts';
import type { PrivacyContext } from '../context.ts';

interface ProfileRef {
  id: string;
}

export const Profile = {
  __resolveReference({ id }: ProfileRef, { viewer }: PrivacyContext): ProfileRef {
    assertCanRead(viewer, id);
    return { id };
  },

  privacyRequests: ({ id }: ProfileRef, _: unknown, { loaders }: PrivacyContext) => loaders.privacyRequests.load(id),
};
