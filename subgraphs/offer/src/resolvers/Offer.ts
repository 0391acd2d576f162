import type { OfferDecisionResolvers, OfferResolvers } from './types.generated.ts';

export const Offer: OfferResolvers = {
  id: (offer) => offer._id,
  priority: (offer) => offer.priority ?? 0,
  version: (offer) => offer.version ?? 1,
};

export const OfferDecision: OfferDecisionResolvers = {
  id: (decision) => decision._id,
};
