import { resolveProfileReference, type ProfileRef } from '#kit/authorize.ts';
import type { OfferContext } from '../context.ts';

export const Profile = {
  __resolveReference: resolveProfileReference,

  async offers({ id }: ProfileRef, _: unknown, { loaders }: OfferContext) {
    const [live, response] = await Promise.all([loaders.liveOffers.load('live'), loaders.offerResponse.load(id)]);
    const dismissed = new Set(response?.dismissals.map((d) => d.offerId));
    return live.filter((offer) => !dismissed.has(offer._id));
  },
};
