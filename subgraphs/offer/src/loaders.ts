import { randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import { oneByKey } from '#kit/loaders.ts';
import type { OfferDoc } from './models/Offer.ts';
import type { OfferDecisionDoc, OfferResponseDoc } from './models/OfferResponse.ts';
import type { OfferStore } from './store/offerStore.ts';
import type { OfferResponseStore } from './store/offerResponseStore.ts';

/**
 * Created per request. Offers for any number of profiles cost three queries: the live catalogue
 * (once), the batch's responses (one `$in`), and one insert of all their decision logs.
 */
export const createLoaders = (offers: OfferStore, responses: OfferResponseStore, now = new Date()) => ({
  liveOffers: new DataLoader<'live', OfferDoc[]>(async (keys) => {
    const live = await offers.live(now);
    return keys.map(() => live);
  }),
  offerResponse: oneByKey<OfferResponseDoc>(
    (ids) => responses.findBySubjects(ids),
    (doc) => doc._id,
  ),
  decisionLog: new DataLoader<Omit<OfferDecisionDoc, '_id'>, string>(
    async (decisions) => {
      const docs = decisions.map((d) => ({ _id: randomUUID(), ...d }));
      await responses.logDecisions(docs);
      return docs.map((d) => d._id);
    },
    { cache: false },
  ),
});

export type Loaders = ReturnType<typeof createLoaders>;
