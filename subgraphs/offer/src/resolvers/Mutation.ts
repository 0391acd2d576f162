import type { MutationResolvers } from './types.generated.ts';

export const Mutation: MutationResolvers = {
  upsertOffer: (_, { input }, { viewer, offers }) => offers.upsertOffer(viewer, input),

  async dismissOffer(_, { profileId, offerId }, { viewer, offers }) {
    await offers.dismiss(viewer, profileId, offerId);
    return { id: profileId };
  },

  async snoozeOffer(_, { profileId, offerId, until }, { viewer, offers }) {
    await offers.snooze(viewer, profileId, offerId, until);
    return { id: profileId };
  },

  async notInterestedInOfferKind(_, { profileId, offerId }, { viewer, offers }) {
    await offers.notThisKind(viewer, profileId, offerId);
    return { id: profileId };
  },

  async redeemOffer(_, { profileId, offerId }, { viewer, offers }) {
    await offers.redeem(viewer, profileId, offerId);
    return { id: profileId };
  },
};
