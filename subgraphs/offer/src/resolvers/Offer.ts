import type { OfferDoc } from '../models/Offer.ts';

export const Offer = {
  id: (offer: OfferDoc) => offer._id,
};
