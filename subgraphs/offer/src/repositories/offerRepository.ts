import type { Model } from 'mongoose';
import type { OfferDoc, OfferStatus } from '../models/Offer.ts';

export type OfferInput = Omit<OfferDoc, '_id' | 'updatedAt'> & { id: string };

export function offerRepository(offers: Model<OfferDoc>) {
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

    exists: async (id: string) => (await offers.countDocuments({ _id: id })) > 0,

    async upsert({ id, ...fields }: OfferInput, now: Date): Promise<OfferDoc> {
      const doc: OfferDoc = { _id: id, ...fields, validUntil: fields.validUntil ?? null, updatedAt: now };
      await offers.replaceOne({ _id: id }, doc, { upsert: true });
      return doc;
    },
  };
}

export type OfferRepository = ReturnType<typeof offerRepository>;
