import { assertCanRead } from '#kit/authorize.ts';
import type { OfferContext } from '../context.ts';

interface ProfileRef {
  id: string;
}

export const Profile = {
  __resolveReference({ id }: ProfileRef, { viewer }: OfferContext): ProfileRef {
    assertCanRead(viewer, id);
    return { id };
  },

  async offers({ id }: ProfileRef, _: unknown, { loaders }: OfferContext) {
    const [live, response] = await Promise.all([loaders.liveOffers.load('live'), loaders.offerResponse.load(id)]);
    const dismissed = new Set(response?.dismissals.map((d) => d.offerId));
    return live.filter((offer) => !dismissed.has(offer._id));
  },
};
