import type { OfferContext } from '../context.ts';
import type { OfferStatus } from '../models/Offer.ts';

export const Query = {
  offerCatalogue: (_: unknown, { status }: { status?: OfferStatus | null }, { offers }: OfferContext) => offers.catalogue(status),
};
