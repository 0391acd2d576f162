import type { OfferContext } from '../context.ts';
import type { OfferInput } from '../services/offerService.ts';

/** The arguments of a customer's response to an offer. */
type ResponseArgs = { profileId: string; offerId: string };

export const Mutation = {
  upsertOffer: (_: unknown, { input }: { input: OfferInput & { rule?: unknown } }, { viewer, offers }: OfferContext) =>
    offers.upsertOffer(viewer, input),

  async dismissOffer(_: unknown, { profileId, offerId }: ResponseArgs, { viewer, offers }: OfferContext) {
    await offers.dismiss(viewer, profileId, offerId);
    return { id: profileId };
  },

  async snoozeOffer(_: unknown, { profileId, offerId, until }: ResponseArgs & { until: Date }, { viewer, offers }: OfferContext) {
    await offers.snooze(viewer, profileId, offerId, until);
    return { id: profileId };
  },

  async notInterestedInOfferKind(_: unknown, { profileId, offerId }: ResponseArgs, { viewer, offers }: OfferContext) {
    await offers.notThisKind(viewer, profileId, offerId);
    return { id: profileId };
  },

  async redeemOffer(_: unknown, { profileId, offerId }: ResponseArgs, { viewer, offers }: OfferContext) {
    await offers.redeem(viewer, profileId, offerId);
    return { id: profileId };
  },
};
