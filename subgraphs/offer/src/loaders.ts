import DataLoader from 'dataloader';
import { oneByKey } from '#kit/loaders.ts';
import type { OfferDoc } from './models/Offer.ts';
import type { OfferResponseDoc } from './models/OfferResponse.ts';
import type { OfferRepository } from './repositories/offerRepository.ts';
import type { OfferResponseRepository } from './repositories/offerResponseRepository.ts';

/**
 * Created per request. Offers for a batch of profiles cost two queries whatever the batch size:
 * the live catalogue (once per request) and the batch's responses (one `$in`).
 */
export const createLoaders = (offers: OfferRepository, responses: OfferResponseRepository, now = new Date()) => ({
  liveOffers: new DataLoader<'live', OfferDoc[]>(async (keys) => {
    const live = await offers.live(now);
    return keys.map(() => live);
  }),
  offerResponse: oneByKey<OfferResponseDoc>(
    (ids) => responses.findBySubjects(ids),
    (doc) => doc._id,
  ),
});

export type Loaders = ReturnType<typeof createLoaders>;
