import DataLoader from 'dataloader';
import { oneByKey } from '#kit/loaders.ts';
import type { OfferDoc } from '../models/Offer.ts';
import type { OfferResponseDoc } from '../models/OfferResponse.ts';
import type { ShownFeed } from './feedService.ts';
import type { OfferService } from './offerService.ts';

/**
 * Created per request. Offers for any number of profiles cost two queries: the live catalogue
 * (once) and the batch's responses (one `$in`); their decisions go to the decision journal.
 */
export const createLoaders = (offers: OfferService, now = new Date()) => ({
  liveOffers: new DataLoader<'live', OfferDoc[]>(async (keys) => {
    const live = await offers.live(now);
    return keys.map(() => live);
  }),
  offerResponse: oneByKey<OfferResponseDoc>(
    (ids) => offers.responsesOf(ids),
    (doc) => doc._id,
  ),
  /** Each feed the request shows, by profile and channel: `offers` and `offerFeed` side by side are one decision. */
  feeds: new Map<string, Promise<ShownFeed>>(),
});

export type Loaders = ReturnType<typeof createLoaders>;
