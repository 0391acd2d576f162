import type { OfferDoc } from '../models/Offer.ts';
import type { OfferDecisionDoc } from '../models/OfferResponse.ts';

export const Offer = {
  id: (offer: OfferDoc) => offer._id,
  priority: (offer: OfferDoc) => offer.priority ?? 0,
  version: (offer: OfferDoc) => offer.version ?? 1,
};

export const OfferDecision = {
  id: (decision: OfferDecisionDoc) => decision._id,
};
