import { resolveProfileReference, type ProfileRef } from '#kit/authorize.ts';
import type { PrivacyContext } from '../context.ts';

export const Profile = {
  __resolveReference: resolveProfileReference,
  privacyRequests: ({ id }: ProfileRef, _: unknown, { loaders }: PrivacyContext) => loaders.privacyRequests.load(id),
};
