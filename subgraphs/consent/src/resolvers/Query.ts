import { assertRole } from '#kit/authorize.ts';
import type { QueryResolvers } from './types.generated.ts';

export const Query: QueryResolvers = {
  purposes: (_, __, { catalogue }) => catalogue.list(),
  purpose: (_, { id }, { catalogue }) => catalogue.get(id),

  async unsubscribeToken(_, { profileId, purpose, channel }, { viewer, consents, directory }) {
    assertRole(viewer, ['system', 'admin'], 'Unsubscribe links are made by the systems that send messages.');
    await directory?.assertExists(profileId);
    return consents.unsubscribeTokenFor(profileId, purpose, channel);
  },
};
