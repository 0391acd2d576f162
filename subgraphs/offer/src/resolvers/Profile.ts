import { resolveProfileReference, type ProfileRef } from '#kit/authorize.ts';
import type { OfferContext } from '../context.ts';

/** The consent purpose under which offers are shown. */
export const PERSONALISED_OFFERS = 'personalised-offers';

export const Profile = {
  __resolveReference: resolveProfileReference,

  /**
   * Live offers minus dismissed ones. Nothing at all while processing is restricted or after an
   * objection to personalised offers: consent's flags, read through federation.
   */
  async offers(
    { id, processingRestricted, objections }: ProfileRef & { processingRestricted?: boolean | null; objections?: string[] | null },
    _: unknown,
    { loaders }: OfferContext,
  ) {
    if (processingRestricted || objections?.includes(PERSONALISED_OFFERS)) return [];
    const [live, response] = await Promise.all([loaders.liveOffers.load('live'), loaders.offerResponse.load(id)]);
    const dismissed = new Set(response?.dismissals.map((d) => d.offerId));
    return live.filter((offer) => !dismissed.has(offer._id));
  },
};
