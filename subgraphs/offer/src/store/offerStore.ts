import type { Model } from 'mongoose';
import { documentLocks } from '#kit/locks.ts';
import type { OfferDoc, OfferStatus } from '../models/Offer.ts';

export type OfferInput = Omit<OfferDoc, '_id' | 'updatedAt' | 'version'> & { id: string };

export function offerStore(offers: Model<OfferDoc>) {
  const writes = documentLocks(offers.db, 'offer');
  return {
    catalogue: (status?: OfferStatus | null) =>
      offers
        .find(status ? { status } : {})
        .sort({ validFrom: -1, _id: 1 })
        .lean<OfferDoc[]>()
        .exec(),

    /** Offers live at `now`: active, started, not yet ended. */
    live: (now: Date) =>
      offers
        .find({ status: 'ACTIVE', validFrom: { $lte: now }, $or: [{ validUntil: null }, { validUntil: { $gt: now } }] })
        .sort({ validFrom: -1, _id: 1 })
        .lean<OfferDoc[]>()
        .exec(),

    get: (id: string) => offers.findById(id).lean<OfferDoc>().exec(),

    /** Creates or replaces an offer; the version grows with every change. */
    upsert({ id, ...fields }: OfferInput, now: Date): Promise<OfferDoc> {
      return writes.run(id, async () => {
        const current = await offers.findById(id, { version: 1 }).lean<Pick<OfferDoc, 'version'>>().exec();
        const doc: OfferDoc = {
          _id: id,
          ...fields,
          validUntil: fields.validUntil ?? null,
          rule: fields.rule ?? null,
          version: (current?.version ?? 0) + 1,
          updatedAt: now,
        };
        await offers.replaceOne({ _id: id }, doc, { upsert: true }).exec();
        return doc;
      });
    },
  };
}

export type OfferStore = ReturnType<typeof offerStore>;
