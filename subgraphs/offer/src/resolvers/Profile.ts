import { resolveProfileReference } from '#kit/authorize.ts';
import { feedFor } from '../services/feedService.ts';
import type { ProfileResolvers } from './types.generated.ts';

export const Profile: ProfileResolvers = {
  __resolveReference: resolveProfileReference,

  offers: async (profile, _, context) => (await feedFor(context, profile, null)).items.map((item) => item.offer),

  offerFeed: (profile, { channel }, context) => feedFor(context, profile, channel ?? null),

  offerDecisions: ({ id }, { first }, { viewer, offers }) => offers.decisionsOf(viewer, id, first),
};
